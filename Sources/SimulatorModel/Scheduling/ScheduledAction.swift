/// A one-time scheduled action of a group, as `PutScheduledUpdateGroupAction` stores it.
public struct ScheduledAction: Sendable, Equatable, Codable {
    /// The group it changes.
    public var groupName: String
    /// Its name, unique within the group.
    public var name: String
    /// A UUID drawn from the seeded generator, the middle of its ARN.
    public var id: String
    /// When it runs (simulated seconds).
    public var startTime: Double
    /// The end of its schedule (simulated seconds), as given; a one-time action ignores it.
    public var endTime: Double?
    /// The new minimum, if any.
    public var minSize: Int?
    /// The new maximum, if any.
    public var maxSize: Int?
    /// The new desired capacity, if any.
    public var desiredCapacity: Int?
    /// The time zone given (kept and echoed; times are UTC instants either way).
    public var timeZone: String?

    /// Creates an action.
    public init(
        groupName: String, name: String, id: String, startTime: Double, endTime: Double? = nil,
        minSize: Int? = nil, maxSize: Int? = nil, desiredCapacity: Int? = nil, timeZone: String? = nil
    ) {
        self.groupName = groupName
        self.name = name
        self.id = id
        self.startTime = startTime
        self.endTime = endTime
        self.minSize = minSize
        self.maxSize = maxSize
        self.desiredCapacity = desiredCapacity
        self.timeZone = timeZone
    }
}

/// The request of `PutScheduledUpdateGroupAction`, times already in simulated seconds.
public struct ScheduledActionRequest: Sendable, Equatable {
    /// The group.
    public var groupName: String
    /// The action's name.
    public var name: String
    /// When it runs; nil keeps an existing action's time (and is refused for a new one).
    public var startTime: Double?
    /// The end of its schedule.
    public var endTime: Double?
    /// A cron recurrence (refused: the simulator runs one-time actions only).
    public var recurrence: String?
    /// The new minimum.
    public var minSize: Int?
    /// The new maximum.
    public var maxSize: Int?
    /// The new desired capacity.
    public var desiredCapacity: Int?
    /// The time zone.
    public var timeZone: String?

    /// Creates a request.
    public init(
        groupName: String, name: String, startTime: Double? = nil, endTime: Double? = nil, recurrence: String? = nil,
        minSize: Int? = nil, maxSize: Int? = nil, desiredCapacity: Int? = nil, timeZone: String? = nil
    ) {
        self.groupName = groupName
        self.name = name
        self.startTime = startTime
        self.endTime = endTime
        self.recurrence = recurrence
        self.minSize = minSize
        self.maxSize = maxSize
        self.desiredCapacity = desiredCapacity
        self.timeZone = timeZone
    }
}

/// An Auto Scaling process that can be suspended, with why it was.
public struct SuspendedProcess: Sendable, Equatable, Codable {
    /// `Launch`, `Terminate`, `AlarmNotification`, ….
    public var name: String
    /// AWS's reason, e.g. `User suspended at 2026-11-27T14:05:00Z`.
    public var reason: String

    /// The processes Auto Scaling knows, in AWS's order.
    public static let all = [
        "Launch", "Terminate", "AddToLoadBalancer", "AlarmNotification", "AZRebalance", "HealthCheck",
        "InstanceRefresh",
        "ReplaceUnhealthy", "ScheduledActions"
    ]
}
