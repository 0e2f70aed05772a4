/// Who moved a group's capacity, as its newest scaling activity tells.
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

    /// `policy web-cpu70`, `a scheduled action`, ...
    public var description: String {
        switch self {
        case let .policy(name): return "policy \(name)"
        case .scheduledAction: return "a scheduled action"
        case .userRequest: return "a user request (the console, a script or another operator)"
        case .healthReplacement: return "a health check replacement"
        case .unknown: return "something the activity log does not name"
        }
    }
}
