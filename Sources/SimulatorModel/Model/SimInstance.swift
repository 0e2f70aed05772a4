/// One EC2 instance of the group: its lifecycle in the ASG, its target in the ALB, and its load.
public struct SimInstance: Sendable, Equatable, Codable {
    /// The instance id, e.g. `i-0abc…`.
    public var id: String
    /// The availability zone it runs in.
    public var zone: String
    /// The private IPv4 address.
    public var privateIP: String
    /// When it was launched (simulated seconds).
    public var launchedAt: Double
    /// When booting ends and the ASG puts it InService.
    public var bootsUntil: Double
    /// How long the application warms up after boot before it answers health checks.
    public var warmUpSeconds: Double
    /// The ASG lifecycle state.
    public var lifecycle: LifecycleState = .pending
    /// The ASG health status.
    public var health: HealthStatus = .healthy
    /// The instance's target in the ALB target group; nil until it is registered.
    public var target: TargetHealth?
    /// CPU utilisation in percent during the last second.
    public var cpu: Double = 0
    /// When termination began (simulated seconds).
    public var terminatingSince: Double?
    /// When it was gone from EC2 (simulated seconds).
    public var terminatedAt: Double?

    /// The ASG lifecycle states the simulation uses.
    public enum LifecycleState: String, Sendable, Equatable, Codable {
        /// Launched, still booting.
        case pending = "Pending"
        /// Booted and counted by the group.
        case inService = "InService"
        /// Being drained and shut down.
        case terminating = "Terminating"
        /// Gone.
        case terminated = "Terminated"
    }

    /// The ASG health statuses.
    public enum HealthStatus: String, Sendable, Equatable, Codable {
        /// Healthy as far as the group knows.
        case healthy = "Healthy"
        /// Marked for replacement.
        case unhealthy = "Unhealthy"
    }

    /// The EC2 state name (`pending`, `running`, `shutting-down`, `terminated`).
    public var ec2State: String {
        switch lifecycle {
        case .pending: return "pending"
        case .inService: return "running"
        case .terminating: return "shutting-down"
        case .terminated: return "terminated"
        }
    }

    /// The EC2 state code that goes with `ec2State`.
    public var ec2StateCode: Int {
        switch lifecycle {
        case .pending: return 0
        case .inService: return 16
        case .terminating: return 32
        case .terminated: return 48
        }
    }

    /// Whether EC2 bills it now: from running until terminated.
    public var isBilled: Bool { lifecycle == .inService || lifecycle == .terminating }
}
