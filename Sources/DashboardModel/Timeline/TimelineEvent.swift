import Foundation

/// One line of the event timeline: scaling, database, health, the operator's own actions, errors.
public struct TimelineEvent: Sendable, Equatable, Codable {
    /// What kind of thing happened.
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
    /// What kind of thing.
    public var kind: Kind
    /// The resource it is about.
    public var resource: String
    /// One line for the operator.
    public var message: String
    /// The scaling activity it is, so a later status updates this line instead of adding one.
    public var activityID: String?

    /// Creates a timeline event.
    public init(time: Date, kind: Kind, resource: String, message: String, activityID: String? = nil) {
        self.time = time
        self.kind = kind
        self.resource = resource
        self.message = message
        self.activityID = activityID
    }
}
