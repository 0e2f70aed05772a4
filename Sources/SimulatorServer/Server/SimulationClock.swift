import Foundation

/// Maps wall-clock time to simulated seconds: `(wall - start) × speed + offset`.
public struct SimulationClock: Sendable, Equatable {
    /// The wall-clock moment the simulation started.
    public var wallStart: Date
    /// The date simulated second 0 stands for (a whole minute, so CloudWatch's minutes line up).
    public var simulatedStart: Date
    /// Simulated seconds per wall second.
    public var speed: Double
    /// Simulated seconds added by `/_sim/advance`.
    public var offset: Double = 0

    /// A clock started at `wallStart` running at `speed`, its second 0 dated `simulatedStart`
    /// (by default the wall start itself).
    public init(wallStart: Date, simulatedStart: Date? = nil, speed: Double) {
        self.wallStart = wallStart
        self.simulatedStart = simulatedStart ?? wallStart
        self.speed = speed
    }

    /// The simulated date at wall time `wall`.
    public func date(at wall: Date) -> Date {
        simulatedStart.addingTimeInterval(simulatedSeconds(at: wall))
    }

    /// Simulated seconds at wall time `wall`.
    public func simulatedSeconds(at wall: Date) -> Double {
        max(0, wall.timeIntervalSince(wallStart) * speed) + offset
    }
}
