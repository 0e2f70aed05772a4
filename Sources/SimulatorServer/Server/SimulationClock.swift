import Foundation

/// Maps wall-clock time to simulated seconds: `(wall - start) × speed + offset`.
public struct SimulationClock: Sendable, Equatable {
    /// The wall-clock moment the simulation started.
    public var wallStart: Date
    /// Simulated seconds per wall second.
    public var speed: Double
    /// Simulated seconds added by `/_sim/advance`.
    public var offset: Double = 0

    /// A clock started at `wallStart` running at `speed`.
    public init(wallStart: Date, speed: Double) {
        self.wallStart = wallStart
        self.speed = speed
    }

    /// Simulated seconds at wall time `wall`.
    public func simulatedSeconds(at wall: Date) -> Double {
        max(0, wall.timeIntervalSince(wallStart) * speed) + offset
    }
}
