extension GlyphSet {
    /// The marker of the selected row.
    public var pointer: Character { self == .ascii ? ">" : "▶" }
    /// The arrow between a before and an after value.
    public var arrow: String { self == .ascii ? "->" : "→" }
}
