import Foundation

/// One scheduled action of a group, reduced to what a manual change must respect: when it runs
/// next and the limits it sets (nil: left as they are).
public struct ScheduledActionSummary: Sendable, Equatable, Codable {
    /// The action's name.
    public var name: String
    /// When it runs next; nil when AWS gave no time.
    public var time: Date?
    /// A cron recurrence, for a recurring action.
    public var recurrence: String?
    /// The minimum it sets.
    public var min: Int?
    /// The maximum it sets.
    public var max: Int?
    /// The desired capacity it sets.
    public var desired: Int?

    /// Creates a summary.
    public init(
        name: String, time: Date?, recurrence: String? = nil, min: Int? = nil, max: Int? = nil, desired: Int? = nil
    ) {
        self.name = name
        self.time = time
        self.recurrence = recurrence
        self.min = min
        self.max = max
        self.desired = desired
    }

    /// Whether it runs within `window` seconds after `now`.
    public func runs(within window: TimeInterval, of now: Date) -> Bool {
        guard let time else { return false }
        return time >= now && time.timeIntervalSince(now) <= window
    }

    /// Whether running it would set a limit other than `limits` has (it overrides them).
    public func overrides(_ limits: ScalingLimits) -> Bool {
        (min.map { $0 != limits.min } ?? false) || (max.map { $0 != limits.max } ?? false)
            || (desired.map { $0 != limits.desired } ?? false)
    }
}
