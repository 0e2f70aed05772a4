/// What a failed launch's status message says: the cause, the zone and the instance type it names.
///
/// The collector reads it from AWS's words (`LaunchFailureReading(statusMessage:)` in Collectors); the model only
/// carries it.
public struct LaunchFailureReading: Sendable, Equatable, Codable {
    /// The cause.
    public var cause: LaunchFailureCause
    /// The Availability Zone the message names first (the one requested), if any.
    public var zone: String?
    /// The instance type the message names (capacity messages do), if any.
    public var instanceType: String?

    /// Creates a reading.
    public init(cause: LaunchFailureCause, zone: String? = nil, instanceType: String? = nil) {
        self.cause = cause
        self.zone = zone
        self.instanceType = instanceType
    }
}
