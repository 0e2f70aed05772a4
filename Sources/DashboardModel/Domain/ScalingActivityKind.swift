/// What a scaling activity does to the group's instances, as the collector read it from AWS's description.
public enum ScalingActivityKind: String, Sendable, Equatable, Codable, CaseIterable {
    /// It launches an instance (`Launching a new EC2 instance…`).
    case launch
    /// It terminates an instance (`Terminating EC2 instance…`).
    case termination
    /// Anything else, or a description AWS did not give.
    case other
}
