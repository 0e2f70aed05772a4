import Foundation

/// A CloudWatch alarm on a watched resource.
public struct AlarmStatus: Sendable, Equatable, Codable {
    /// CloudWatch's alarm states.
    public enum State: String, Sendable, Equatable, Codable {
        /// Within its threshold.
        case ok = "OK"
        /// Breaching it.
        case alarm = "ALARM"
        /// Not enough data to decide.
        case insufficientData = "INSUFFICIENT_DATA"
    }

    /// The alarm's name.
    public var name: String
    /// Its state.
    public var state: State
    /// CloudWatch's reason for the state.
    public var reason: String?
    /// When it entered the state.
    public var since: Date?
    /// The watched resource it names, as the dashboard names it (group, target group, distribution, database).
    public var resource: String

    /// Creates an alarm record.
    public init(name: String, state: State, reason: String?, since: Date?, resource: String) {
        self.name = name
        self.state = state
        self.reason = reason
        self.since = since
        self.resource = resource
    }
}
