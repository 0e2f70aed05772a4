import DashboardRender

/// How one cell style is drawn by curses: attributes and the colour numbers of its pair.
public struct PaintStyle: Hashable, Sendable {
    /// Bold, dim, underline, reverse.
    public var attributes: TextAttributes
    /// The colours, as curses numbers.
    public var colors: ColorPairKey

    /// Creates a paint style.
    public init(attributes: TextAttributes, colors: ColorPairKey) {
        self.attributes = attributes
        self.colors = colors
    }
}

/// Maps cell styles through the theme and the colour ladder to curses colour numbers (pure).
public struct StyleMapper: Sendable {
    /// The theme.
    public var theme: Theme
    /// The colour ladder for this terminal.
    public var resolver: ColorResolver
    /// Whether curses takes 24-bit colours as numbers (`COLORS` ≥ 2²⁴, e.g. `TERM=xterm-direct`).
    public var directColor: Bool
    /// Whether `-1` means the terminal's default colour (`use_default_colors` succeeded).
    public var defaultColors: Bool

    /// Creates a mapper.
    public init(theme: Theme, resolver: ColorResolver, directColor: Bool = false, defaultColors: Bool = true) {
        self.theme = theme
        self.resolver = resolver
        self.directColor = directColor
        self.defaultColors = defaultColors
    }

    /// How to draw `style`.
    public func paintStyle(for style: CellStyle) -> PaintStyle {
        let resolved = resolver.resolve(style, in: theme)
        return PaintStyle(
            attributes: resolved.attributes,
            colors: ColorPairKey(
                foreground: number(resolved.foreground, default: 7),
                background: number(resolved.background, default: 0)))
    }

    /// The curses colour number of `color`; `fallback` stands for the default when `-1` is not allowed.
    ///
    /// In direct-colour mode curses reads numbers of 8 and up as packed RGB, so palette indices above
    /// 7 are sent as the RGB they stand for.
    func number(_ color: TerminalColor, default fallback: Int32) -> Int32 {
        switch color {
        case .terminalDefault:
            return defaultColors ? -1 : fallback
        case let .indexed(index):
            guard directColor, index >= 8, let byte = UInt8(exactly: index) else { return Int32(index) }
            return Self.packed(XtermPalette.rgb(ofIndex: byte))
        case let .rgb(rgb):
            return directColor ? Self.packed(rgb) : Int32(XtermPalette.nearestIndex(to: rgb))
        }
    }

    /// `0xRRGGBB` as a direct-colour number.
    static func packed(_ rgb: RGB) -> Int32 {
        Int32(rgb.red) << 16 | Int32(rgb.green) << 8 | Int32(rgb.blue)
    }
}
