/// What a cell means, not how it looks: a theme maps each role to colours and attributes.
public enum StyleRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// Ordinary text.
    case normal
    /// Secondary text: labels, ages, hints.
    case muted
    /// Emphasis: values the eye should find.
    case accent
    /// Good state: healthy, in service.
    case ok
    /// Needs a look: pending, draining, stale.
    case warning
    /// Act now: unhealthy, failing over, errors.
    case critical
    /// The header bar.
    case header
    /// The selected row or item.
    case selection
    /// Panel borders.
    case border
    /// Panel titles.
    case title
    /// The focused panel's border and title.
    case focus
    /// Healthy values in a graph (the good end of its series' direction).
    case graphGood
    /// Middling values in a graph.
    case graphFair
    /// Unhealthy values in a graph (the bad end of its series' direction).
    case graphPoor
    /// Values of a graph whose series has no good or bad end (requests, cost, counts).
    case graphNeutral
    /// Banners that must not be missed (simulation, read-only, failover).
    case banner
    /// The values of a panel whose data is stale, so old numbers do not look live.
    case stale

    /// The role whose keys a theme file that leaves this role out gives it, before the default
    /// theme's: a theme's own muted look for stale values.
    public var fallback: StyleRole? {
        self == .stale ? .muted : nil
    }

    /// The role a theme key names: its raw value, or a name older theme files used for it
    /// (`graphLow`, `graphMid`, `graphHigh` coloured by height, which now means good, fair, poor).
    public init?(themeKey: String) {
        switch themeKey {
        case "graphLow": self = .graphGood
        case "graphMid": self = .graphFair
        case "graphHigh": self = .graphPoor
        default: self.init(rawValue: themeKey)
        }
    }
}

/// How one cell is drawn: its role and optional attributes on top of the role's.
public struct CellStyle: Sendable, Hashable {
    /// The semantic role.
    public var role: StyleRole
    /// Bold on top of the role.
    public var bold: Bool
    /// Reverse video on top of the role.
    public var reverse: Bool
    /// Underline on top of the role.
    public var underline: Bool

    /// Creates a style.
    public init(_ role: StyleRole = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    /// Plain text.
    public static let normal = CellStyle()
}
