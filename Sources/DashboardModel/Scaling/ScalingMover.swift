/// Who moved a group's capacity, as its newest scaling activity tells; `DashboardRender` words it.
public enum ScalingMover: Sendable, Equatable, Codable {
    /// A scaling policy, by name (target tracking, step or simple scaling).
    case policy(String)
    /// A scheduled action.
    case scheduledAction
    /// A person or a script: the console, the CLI, an SDK, or another Flightdeck.
    case userRequest
    /// Auto Scaling replacing an unhealthy instance.
    case healthReplacement
    /// Something the activity does not say plainly.
    case unknown
}
