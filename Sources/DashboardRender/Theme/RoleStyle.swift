/// How a theme draws one role: foreground, background and attributes.
public struct RoleStyle: Sendable, Hashable {
    /// The text colour.
    public var foreground: ThemeColor
    /// The cell's background colour.
    public var background: ThemeColor
    /// Bold, dim, underline, reverse.
    public var attributes: TextAttributes

    /// Creates a style; by default the terminal's own colours and no attributes.
    public init(
        foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
        attributes: TextAttributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// Whether it uses any colour other than the terminal's defaults.
    public var usesColor: Bool { foreground != .terminalDefault || background != .terminalDefault }
}
