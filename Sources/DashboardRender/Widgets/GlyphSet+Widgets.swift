extension GlyphSet {
    /// The marker of the selected row.
    public var pointer: Character { self == .ascii ? ">" : "▶" }
    /// The arrow between a before and an after value.
    public var arrow: String { self == .ascii ? "->" : "→" }
    /// Follows a count of healthy targets: `2✓` (`2+` in ASCII).
    public var healthyMark: Character { self == .ascii ? "+" : "✓" }
    /// Follows a count of targets starting (initial) or draining: `1◌` (`1~`).
    public var changingMark: Character { self == .ascii ? "~" : "◌" }
    /// Follows a count of unhealthy targets: `1✗` (`1x`).
    public var unhealthyMark: Character { self == .ascii ? "x" : "✗" }
}
