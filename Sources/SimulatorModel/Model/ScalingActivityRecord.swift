/// One entry of the group's activity history, as `DescribeScalingActivities` reports it.
public struct ScalingActivityRecord: Sendable, Equatable, Codable {
    /// The activity id (a UUID drawn from the seeded generator).
    public var id: String
    /// What the activity does, e.g. `Launching a new EC2 instance: i-…`.
    public var description: String
    /// Why it happened, starting with `At <time> …` as AWS writes it.
    public var cause: String
    /// When it started (simulated seconds).
    public var startedAt: Double
    /// When it ended (simulated seconds); nil while in progress.
    public var endedAt: Double?
    /// `InProgress`, `Successful`, `Failed`, ….
    public var status: Status
    /// Progress in percent.
    public var progress: Int
    /// The instance the activity is about.
    public var instanceID: String
    /// The zone and subnet, as the `Details` JSON text.
    public var details: String
    /// Why it failed, as EC2 said it; nil for an activity that did not fail.
    public var statusMessage: String? = nil

    /// The activity statuses the simulation uses.
    public enum Status: String, Sendable, Equatable, Codable {
        /// Still running.
        case inProgress = "InProgress"
        /// Waiting for the instance to reach InService.
        case preInService = "PreInService"
        /// Finished.
        case successful = "Successful"
        /// Could not complete.
        case failed = "Failed"
    }
}
