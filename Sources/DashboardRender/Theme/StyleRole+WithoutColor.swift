extension StyleRole {
    /// The attributes a role takes on a terminal without colour (`NO_COLOR`, `TERM=dumb`), whatever
    /// the theme says, so no state is told apart by colour alone: critical in reverse video (bold
    /// alone is too close to ok, and bold is also how values are emphasised), warnings underlined,
    /// poor graph values bold, stale values dim.
    public var attributesWithoutColor: TextAttributes {
        switch self {
        case .critical: [.bold, .reverse]
        case .warning: .underline
        case .graphPoor: .bold
        case .stale: .dim
        default: []
        }
    }
}
