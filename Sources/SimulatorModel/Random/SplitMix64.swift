/// A seeded, repeatable pseudo-random generator (SplitMix64, Vigna 2015).
///
/// The same seed yields the same sequence on every platform, so a simulation run with `--seed N`
/// can be replayed exactly. Not for cryptography.
public struct SplitMix64: RandomNumberGenerator, Sendable, Equatable, Codable {
    /// The internal state; advances by the golden-ratio increment on every draw.
    public private(set) var state: UInt64

    /// Creates a generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) {
        self.state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniformly distributed double in `0..<1` (53 random bits).
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniformly distributed double in `range`.
    public mutating func uniform(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * unit()
    }

    /// `count` lower-case hex digits, e.g. for instance ids.
    public mutating func hex(_ count: Int) -> String {
        let digits = Array("0123456789abcdef")
        var out = ""
        for _ in 0..<count { out.append(digits[Int(next() % 16)]) }
        return out
    }

    /// A version-4-shaped UUID string built from this generator, so ids repeat with the seed.
    public mutating func uuid() -> String {
        let h = hex(32)
        let c = Array(h)
        return String(c[0..<8]) + "-" + String(c[8..<12]) + "-4" + String(c[13..<16]) + "-a"
            + String(c[17..<20]) + "-" + String(c[20..<32])
    }
}
