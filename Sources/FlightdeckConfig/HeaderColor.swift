/// The colour of a stack's header bar, named by colour or by the theme role that provides it.
///
/// The colour is drawn through a theme role, so it follows the theme (and still shows on a
/// terminal without colour, as reverse video).
public enum HeaderColor: String, Sendable, Equatable, CaseIterable {
    /// The theme's `critical` role: red in the default theme.
    case red
    /// The theme's `warning` role: yellow in the default theme.
    case yellow
    /// The theme's `ok` role: green in the default theme.
    case green
    /// The theme's `accent` role.
    case blue
    /// The theme's `banner` role.
    case magenta

    /// The colour for `name`: a colour word or the matching role name (`critical`, `warning`, `ok`, `accent`, `banner`).
    public init?(name: String) {
        let lowered = name.lowercased()
        if let color = HeaderColor(rawValue: lowered) {
            self = color
            return
        }
        guard let color = HeaderColor.allCases.first(where: { $0.roleName == lowered }) else { return nil }
        self = color
    }

    /// The name of the theme role that draws it.
    public var roleName: String {
        switch self {
        case .red: return "critical"
        case .yellow: return "warning"
        case .green: return "ok"
        case .blue: return "accent"
        case .magenta: return "banner"
        }
    }
}
