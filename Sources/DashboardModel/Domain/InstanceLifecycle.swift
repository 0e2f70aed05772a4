/// Where an Auto Scaling instance is in its life, folded from AWS's `LifecycleState` values by the collector.
public enum InstanceLifecycle: String, Sendable, Equatable, Codable, CaseIterable {
    /// Launching, including `Pending:Wait` and `Pending:Proceed` (lifecycle hooks).
    case pending
    /// Serving: `InService`.
    case inService
    /// Leaving, including `Terminating:Wait`, `Terminating:Proceed` and `Terminated`.
    case terminating
    /// Parked: `Standby`, `EnteringStandby`.
    case standby
    /// Detaching or in a warm pool; counted but not serving.
    case other
}

/// One instance of an Auto Scaling group as the dashboard sees it.
public struct InstanceStatus: Sendable, Equatable, Codable {
    /// The instance id, e.g. `i-0abc`.
    public var id: String
    /// Its Availability Zone.
    public var zone: String
    /// Its lifecycle.
    public var lifecycle: InstanceLifecycle
    /// Whether Auto Scaling considers it healthy (`HealthStatus == Healthy`).
    public var healthy: Bool
    /// Its instance type, when known (for cost), e.g. `m5.large`.
    public var instanceType: String?

    /// Creates an instance record.
    public init(id: String, zone: String, lifecycle: InstanceLifecycle, healthy: Bool, instanceType: String? = nil) {
        self.id = id
        self.zone = zone
        self.lifecycle = lifecycle
        self.healthy = healthy
        self.instanceType = instanceType
    }
}
