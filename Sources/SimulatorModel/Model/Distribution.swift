/// The CloudFront distribution: its cache hit ratio and how it recovers after a flush.
public struct Distribution: Sendable, Equatable, Codable {
    /// The distribution id.
    public var id: String
    /// The hit ratio the cache settles at when warm (0…1).
    public var steadyHitRatio = 0.95
    /// The hit ratio now (0…1).
    public var hitRatio = 0.95
    /// Seconds the hit ratio takes to close ~63% of the gap back to steady after a flush.
    public var recoveryTimeConstant = 120.0
    /// When the last invalidation ran (simulated seconds).
    public var lastInvalidationAt: Double?

    /// Creates a warm distribution.
    public init(id: String) {
        self.id = id
    }

    /// Empties the cache: the hit ratio falls to `floor`.
    public mutating func flush(at time: Double, floor: Double = 0.6) {
        hitRatio = floor
        lastInvalidationAt = time
    }

    /// Moves the hit ratio one second towards steady.
    public mutating func tick() {
        hitRatio += (steadyHitRatio - hitRatio) / recoveryTimeConstant
    }
}
