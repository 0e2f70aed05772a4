/// A complete theme: every `StyleRole` mapped to colours and attributes.
///
/// Themes come from YAML files (see `Themes/` and `ThemeCatalog`); a partial file inherits every
/// missing key from the compiled-in default, so a `Theme` value is always complete.
public struct Theme: Sendable, Equatable {
    /// The theme's name, as `:theme NAME` and `flightdeck themes` use it.
    public var name: String
    /// A one-line description from the file.
    public var summary: String
    /// The style of each role.
    public var styles: [StyleRole: RoleStyle]

    /// Creates a theme; roles missing from `styles` draw in the terminal's default colours.
    public init(name: String, summary: String = "", styles: [StyleRole: RoleStyle]) {
        self.name = name
        self.summary = summary
        self.styles = styles
    }

    /// The style of `role`.
    public subscript(role: StyleRole) -> RoleStyle {
        styles[role] ?? RoleStyle()
    }

    /// The style of a cell: its role's, plus the cell's own bold, reverse and underline.
    public func style(for cell: CellStyle) -> RoleStyle {
        var style = self[cell.role]
        if cell.bold { style.attributes.insert(.bold) }
        if cell.reverse { style.attributes.insert(.reverse) }
        if cell.underline { style.attributes.insert(.underline) }
        return style
    }

    /// The text of the compiled-in default theme, equal to `Themes/default.yaml`.
    public static var compiledInYAML: String { DefaultThemeText.yaml }

    /// The compiled-in default theme (the same text as `Themes/default.yaml`).
    public static let standard: Theme = {
        (try? ThemeDocument.parse(DefaultThemeText.yaml, file: DefaultThemeText.origin).resolved(over: nil))
            ?? Theme(name: "default", summary: "terminal colours only", styles: [:])
    }()
}
