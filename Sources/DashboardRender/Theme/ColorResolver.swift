/// A colour the terminal can show as it is: its default, a palette index, or 24-bit RGB.
public enum TerminalColor: Sendable, Hashable, CustomStringConvertible {
    /// The terminal's default foreground or background.
    case terminalDefault
    /// A palette index: 0–7, 0–15 or 0–255 depending on the capability it was resolved for.
    case indexed(Int)
    /// A 24-bit colour (only from a truecolor resolver).
    case rgb(RGB)

    /// `default`, the index, or `#rrggbb`.
    public var description: String {
        switch self {
        case .terminalDefault: "default"
        case let .indexed(index): String(index)
        case let .rgb(rgb): rgb.description
        }
    }
}

/// A role's look as this terminal will show it.
public struct ResolvedStyle: Sendable, Hashable {
    /// The text colour.
    public var foreground: TerminalColor
    /// The background colour.
    public var background: TerminalColor
    /// The attributes, including any added to make up for lost colour.
    public var attributes: TextAttributes

    /// Creates a resolved style.
    public init(
        foreground: TerminalColor = .terminalDefault, background: TerminalColor = .terminalDefault,
        attributes: TextAttributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// Maps theme colours to the best the terminal has: RGB → nearest xterm-256 index → nearest of the
/// 16 (or 8) ANSI colours → no colour, attributes only.
public struct ColorResolver: Sendable, Hashable {
    /// What the terminal can show.
    public var capability: ColorCapability

    /// Creates a resolver for `capability`.
    public init(capability: ColorCapability) {
        self.capability = capability
    }

    /// The colour to send for `color`.
    public func resolve(_ color: ThemeColor) -> TerminalColor {
        switch (color, capability) {
        case (.terminalDefault, _), (_, .none):
            return .terminalDefault
        case let (.rgb(rgb), .truecolor):
            return .rgb(rgb)
        case let (.rgb(rgb), .indexed256):
            return .indexed(Int(XtermPalette.nearestIndex(to: rgb)))
        case let (.indexed(index), .truecolor), let (.indexed(index), .indexed256):
            return .indexed(Int(index))
        case let (.ansi(ansi), _):
            return .indexed(capability == .ansi8 ? ansi.normal.rawValue : ansi.rawValue)
        case let (.rgb(rgb), _):
            return .indexed(XtermPalette.nearestANSI(to: rgb, basicOnly: capability == .ansi8).rawValue)
        case let (.indexed(index), _):
            let ansi =
                index < 16
                ? ANSIColor(rawValue: Int(index)) ?? .white
                : XtermPalette.nearestANSI(to: XtermPalette.rgb(ofIndex: index))
            return .indexed(capability == .ansi8 ? ansi.normal.rawValue : ansi.rawValue)
        }
    }

    /// The style to draw for `style`.
    ///
    /// Two adjustments keep meaning when colour is lost: on an 8-colour terminal a bright foreground
    /// becomes its normal colour in bold (what such terminals show for bold anyway); with no colour at
    /// all, a style that had a background colour gets reverse video, so the header, the selection and
    /// banners still stand out.
    public func resolve(_ style: RoleStyle) -> ResolvedStyle {
        var attributes = style.attributes
        if capability == .ansi8, isBright(style.foreground) { attributes.insert(.bold) }
        if capability == .none, style.background != .terminalDefault { attributes.insert(.reverse) }
        return ResolvedStyle(
            foreground: resolve(style.foreground), background: resolve(style.background),
            attributes: attributes)
    }

    /// The style to draw for `cell` in `theme`: its role's style and the cell's own attributes,
    /// resolved as `resolve(_:)` does. With no colour at all, two more rules keep meaning: a
    /// background counts (as reverse video) only where it differs from ordinary text's, so a theme
    /// that paints every role on black is not drawn all in reverse; and the role's
    /// `attributesWithoutColor` are added, so critical stays unlike ok in every theme.
    public func resolve(_ cell: CellStyle, in theme: Theme) -> ResolvedStyle {
        var style = theme.style(for: cell)
        if capability == .none {
            if style.background == theme[.normal].background { style.background = .terminalDefault }
            style.attributes.formUnion(cell.role.attributesWithoutColor)
        }
        return resolve(style)
    }

    /// Whether `color` lands on a bright ANSI colour when reduced to 16.
    private func isBright(_ color: ThemeColor) -> Bool {
        let sixteen = ColorResolver(capability: .ansi16).resolve(color)
        if case let .indexed(index) = sixteen { return index >= 8 }
        return false
    }
}
