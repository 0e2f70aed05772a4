import Foundation

/// What the simulation did with an injected fault (the demo only).
public enum FaultInjection: Sendable, Equatable {
    /// Applied at this simulated time; what it causes carries that time or a later one.
    case injected(at: Date)
    /// The simulation refused it, in its own words.
    case refused(String)
    /// The fault could not be put into a request.
    case unsendable

    /// When the simulation applied it; nil when it did not.
    public var appliedAt: Date? {
        if case let .injected(date) = self { return date }
        return nil
    }
}
