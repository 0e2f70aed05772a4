import Foundation

/// A pre-warm asked for: limits from a time on and, with `until`, the group's values back at another.
public struct ScheduleRequest: Sendable, Equatable, Codable {
    /// The group's name.
    public var group: String
    /// The minimum while it holds, if asked.
    public var min: Int?
    /// The maximum while it holds, if asked.
    public var max: Int?
    /// The desired capacity at its start, if asked.
    public var desired: Int?
    /// When it starts.
    public var at: Date
    /// When the group's values are put back; nil leaves the new limits in place.
    public var until: Date?

    /// Creates a request.
    public init(group: String, min: Int? = nil, max: Int? = nil, desired: Int? = nil, at: Date, until: Date? = nil) {
        self.group = group
        self.min = min
        self.max = max
        self.desired = desired
        self.at = at
        self.until = until
    }

    /// The same limits as a scaling request (what the start entry does to the group as it is now).
    public var scaling: ScalingRequest { ScalingRequest(group: group, min: min, max: max, desired: desired) }
}

/// One `PutScheduledUpdateGroupAction` entry of a schedule.
public struct ScheduledEntry: Sendable, Equatable, Codable {
    /// The action's name.
    public var name: String
    /// When it runs.
    public var time: Date
    /// The minimum it sets.
    public var min: Int?
    /// The maximum it sets.
    public var max: Int?
    /// The desired capacity it sets.
    public var desired: Int?

    /// Creates an entry.
    public init(name: String, time: Date, min: Int? = nil, max: Int? = nil, desired: Int? = nil) {
        self.name = name
        self.time = time
        self.min = min
        self.max = max
        self.desired = desired
    }

    /// The entry as the group's list shows scheduled actions.
    public var summary: ScheduledActionSummary {
        ScheduledActionSummary(name: name, time: time, min: min, max: max, desired: desired)
    }
}

/// What keeps a schedule from being sent, beyond its limits (those are the scaling plan's).
public enum ScheduleProblem: Sendable, Equatable {
    /// The start is not in the future (AWS refuses a past StartTime).
    case startNotInFuture(Date)
    /// `until` is not after the start.
    case untilNotAfterStart(until: Date, start: Date)
    /// An action of this name exists already (a put would silently replace it).
    case nameTaken(String)
}

/// A checked schedule: the change while it holds (with its cost per hour), its entries, what stops it
/// and the group's other actions that run while it holds.
public struct SchedulePlan: Sendable, Equatable {
    /// The request as asked.
    public var request: ScheduleRequest
    /// The limits while it holds, planned against the group as it is now (its checks, warnings and cost per hour).
    public var change: ScalingPlan
    /// The entries to put, the start first.
    public var entries: [ScheduledEntry]
    /// Problems with the times or names; nothing is sent while any exist.
    public var problems: [ScheduleProblem]
    /// The group's actions that run between the start and its end (or an hour after a start with no end).
    public var otherActions: [ScheduledActionSummary]
    /// Whether the group's actions could not be read (others may run unseen; names could clash).
    public var actionsUnknown: Bool

    /// Whether it can be sent.
    public var isApplicable: Bool { change.isApplicable && problems.isEmpty }
}

/// Checks a schedule against the group before any request is sent.
public enum SchedulePlanner {
    /// The names of a schedule's entries: `flightdeck-prewarm-20261127T1430Z`, and `…-until` for its end.
    public static func entryName(at date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        // Two digits each: the name is an identifier AWS keeps, not words for the screen.
        func twoDigits(_ value: Int?) -> String { (value ?? 0) < 10 ? "0\(value ?? 0)" : "\(value ?? 0)" }
        let date = [parts.month, parts.day].map(twoDigits).joined()
        let clock = [parts.hour, parts.minute].map(twoDigits).joined()
        return "flightdeck-prewarm-\(parts.year ?? 0)\(date)T\(clock)Z"
    }

    /// Plans `request` against `group` at `now`, pricing the change with `prices` and, when known,
    /// checking its launches against the vCPU quota's `quotaRoom`. The end entry puts back, at `until`,
    /// the group's current value of each limit the start sets.
    public static func plan(
        _ request: ScheduleRequest, group: AutoScalingGroupStatus, prices: PriceTable,
        quotaRoom: ScalingPlan.QuotaRoom? = nil, now: Date
    ) -> SchedulePlan {
        let change = ScalingPlanner.plan(request.scaling, group: group, prices: prices, quotaRoom: quotaRoom)
        var problems: [ScheduleProblem] = []
        if request.at <= now { problems.append(.startNotInFuture(request.at)) }
        if let until = request.until, until <= request.at {
            problems.append(.untilNotAfterStart(until: until, start: request.at))
        }
        let startName = entryName(at: request.at)
        var entries = [
            ScheduledEntry(
                name: startName, time: request.at, min: request.min, max: request.max, desired: request.desired)
        ]
        if let until = request.until {
            entries.append(
                ScheduledEntry(
                    name: startName + "-until", time: until, min: request.min.map { _ in group.min },
                    max: request.max.map { _ in group.max }, desired: request.desired.map { _ in group.desired }))
        }
        let taken = Set(group.scheduledActions.map(\.name))
        problems += entries.filter { taken.contains($0.name) }.map { .nameTaken($0.name) }
        let end = request.until ?? request.at.addingTimeInterval(ScalingPlanner.scheduleWindow)
        let others = group.scheduledActions.filter { action in
            guard let time = action.time else { return false }
            return time >= request.at && time <= end && !entries.contains { $0.name == action.name }
        }
        return SchedulePlan(
            request: request, change: change, entries: entries, problems: problems, otherActions: others,
            actionsUnknown: !group.scheduledActionsKnown)
    }
}
