import Foundation

/// One launch that failed or was cancelled, as a scaling activity reported it.
public struct LaunchFailure: Sendable, Equatable, Codable {
    /// The activity's id.
    public var activityID: String
    /// The group that asked for the launch.
    public var group: String
    /// The group's region.
    public var region: String
    /// The zone the message names; nil when it names none.
    public var zone: String?
    /// Why it failed.
    public var cause: LaunchFailureCause
    /// The instance type the message names, if any.
    public var instanceType: String?
    /// AWS's status message, as AWS wrote it.
    public var message: String
    /// When it failed (the activity's end, or its start when it has none).
    public var at: Date

    /// Creates a record.
    public init(
        activityID: String, group: String, region: String, zone: String?, cause: LaunchFailureCause,
        instanceType: String? = nil, message: String, at: Date
    ) {
        self.activityID = activityID
        self.group = group
        self.region = region
        self.zone = zone
        self.cause = cause
        self.instanceType = instanceType
        self.message = message
        self.at = at
    }

    /// The failure an activity of `group` reports: nil unless it `Failed` or was `Cancelled` and is no termination.
    ///
    /// The cause, zone and instance type are the collector's reading of AWS's message; `other` when it gave none.
    public init?(_ activity: ScalingActivity, group: AutoScalingGroupStatus) {
        guard activity.failed, activity.kind != .termination else { return nil }
        let message = activity.statusMessage ?? activity.description
        let reading = activity.launchFailure ?? LaunchFailureReading(cause: .other)
        self.init(
            activityID: activity.id, group: group.name, region: group.region, zone: reading.zone, cause: reading.cause,
            instanceType: reading.instanceType, message: message, at: activity.endTime ?? activity.startTime)
    }
}

/// Failed launches of one group with the same zone and cause, within the recent window.
public struct LaunchFailureTally: Sendable, Equatable {
    /// The zone; nil when the messages name none.
    public var zone: String?
    /// The cause.
    public var cause: LaunchFailureCause
    /// The instance type of the latest message, if it names one.
    public var instanceType: String?
    /// AWS's latest message.
    public var message: String
    /// How many failed in the window.
    public var count: Int
    /// When the latest failed.
    public var lastAt: Date

    /// Creates a tally.
    public init(
        zone: String?, cause: LaunchFailureCause, instanceType: String?, message: String, count: Int, lastAt: Date
    ) {
        self.zone = zone
        self.cause = cause
        self.instanceType = instanceType
        self.message = message
        self.count = count
        self.lastAt = lastAt
    }
}
