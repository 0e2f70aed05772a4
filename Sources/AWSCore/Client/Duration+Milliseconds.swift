extension Duration {
    /// The duration in milliseconds, fractions kept.
    public var inMilliseconds: Double {
        Double(components.seconds) * 1_000 + Double(components.attoseconds) / 1e15
    }
}
