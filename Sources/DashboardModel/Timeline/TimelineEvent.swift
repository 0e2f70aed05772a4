import Foundation

/// One line of the event timeline: scaling, database, health, the operator's own actions, errors.
public struct TimelineEvent: Sendable, Equatable {
    /// What kind of thing happened: the timeline's column, and what a panel picks its lines by.
    public enum Kind: String, Sendable, Equatable, Codable {
        /// A scaling activity started or ended.
        case scaling
        /// An RDS event or failover transition.
        case database
        /// A target changed health.
        case health
        /// The operator changed something (or tried to).
        case `operator`
        /// A source failed or recovered.
        case source
        /// A CloudWatch alarm changed state.
        case alarm
    }

    /// When it happened.
    public var time: Date
    /// The resource it is about.
    public var resource: String
    /// What happened, as typed facts; `DashboardRender` words it.
    public var entry: TimelineEntry

    /// Creates a timeline event.
    public init(time: Date, resource: String, _ entry: TimelineEntry) {
        self.time = time
        self.resource = resource
        self.entry = entry
    }

    /// What kind of thing happened.
    public var kind: Kind { entry.kind }

    /// The scaling activity it is, so a later status updates this line instead of adding one.
    public var activityID: String? {
        if case let .scalingActivity(activity, _) = entry { return activity.id }
        return nil
    }
}
