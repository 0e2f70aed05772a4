import Foundation

/// A value from a poll, with its age and, after a failed poll, the failure that left it stale.
///
/// A failed poll never erases the value: the last good data stays on screen, marked stale.
public struct Sourced<Value: Sendable>: Sendable {
    /// The last good value, or nil before the first success.
    public private(set) var value: Value?
    /// When the last good value was received.
    public private(set) var updatedAt: Date?
    /// The failure of the latest poll, when it failed after (or without) the last success.
    public private(set) var failure: SourceFailure?
    /// When that failure happened.
    public private(set) var failedAt: Date?

    /// Creates an empty source (nothing received yet).
    public init() {}

    /// Records a successful poll.
    public mutating func succeed(_ value: Value, at date: Date) {
        self.value = value
        updatedAt = date
        failure = nil
        failedAt = nil
    }

    /// Records a failed poll; the value is kept.
    public mutating func fail(_ failure: SourceFailure, at date: Date) {
        self.failure = failure
        failedAt = date
    }

    /// Seconds since the last good value, or nil when there is none.
    public func age(at now: Date) -> TimeInterval? {
        updatedAt.map { max(0, now.timeIntervalSince($0)) }
    }

    /// Whether the value should be shown as stale: the last poll failed, or it is older than `maxAge`.
    public func isStale(at now: Date, maxAge: TimeInterval) -> Bool {
        if failure != nil { return true }
        guard let age = age(at: now) else { return false }
        return age > maxAge
    }

    /// Why the value is stale, with its age; nil when it is fresh (or nothing was ever polled).
    public func staleness(at now: Date, maxAge: TimeInterval) -> Staleness? {
        if let failure { return .failed(failure, age: age(at: now)) }
        guard let age = age(at: now), age > maxAge else { return nil }
        return .old(age: age, maxAge: maxAge)
    }
}

extension Sourced: Equatable where Value: Equatable {}
