import Foundation

/// What the simulation said of an injected fault (the demo only).
public struct FaultInjection: Sendable, Equatable {
    /// The simulation's answer, e.g. `injected` or why it refused.
    public var answer: String
    /// The simulated time it was applied at, when it was.
    public var appliedAt: Date?

    /// Creates an answer.
    public init(answer: String, appliedAt: Date?) {
        self.answer = answer
        self.appliedAt = appliedAt
    }
}
