import Foundation

/// A scaling activity (what is changing now, or recently) of one group.
public struct ScalingActivity: Sendable, Equatable, Codable {
    /// AWS's activity id.
    public var id: String
    /// What it does, e.g. "Launching a new EC2 instance: i-0abc".
    public var description: String
    /// Why, e.g. "... a user request update of AutoScalingGroup constraints ...".
    public var cause: String
    /// Where it stands: in progress, successful, failed, cancelled, ...
    public var status: ScalingActivityStatus
    /// When it started.
    public var startTime: Date
    /// When it ended, if it has.
    public var endTime: Date?
    /// AWS's status message, e.g. why a launch failed; nil when AWS gave none.
    public var statusMessage: String?
    /// Whether it launches, terminates or does something else.
    public var kind: ScalingActivityKind
    /// For a failed or cancelled activity that is no termination, what its status message says; nil otherwise.
    public var launchFailure: LaunchFailureReading?

    /// Whether it has not finished yet.
    public var inProgress: Bool { !status.finished }

    /// Whether it ended `failed` or `cancelled`.
    public var failed: Bool { status.endedBadly }

    /// Creates an activity.
    public init(
        id: String, description: String, cause: String, status: ScalingActivityStatus, startTime: Date,
        endTime: Date? = nil,
        statusMessage: String? = nil, kind: ScalingActivityKind = .other, launchFailure: LaunchFailureReading? = nil
    ) {
        self.id = id
        self.description = description
        self.cause = cause
        self.status = status
        self.startTime = startTime
        self.endTime = endTime
        self.statusMessage = statusMessage
        self.kind = kind
        self.launchFailure = launchFailure
    }
}

/// A scaling policy attached to a group, reduced to what matters for manual changes.
public struct ScalingPolicySummary: Sendable, Equatable, Codable {
    /// The policy's name.
    public var name: String
    /// Target tracking, step, simple or predictive.
    public var type: ScalingPolicyType
    /// Whether it is enabled.
    public var enabled: Bool
    /// A target-tracking policy's metric, e.g. `ASGAverageCPUUtilization`; nil for other policies or a custom metric.
    public var metric: String?
    /// The value a target-tracking policy holds its metric at, e.g. 70 (percent CPU).
    public var targetValue: Double?

    /// Whether this policy will move desired capacity by itself, overriding a manual value.
    public var overridesManualDesired: Bool {
        enabled && type.movesDesiredCapacity
    }

    /// Creates a policy summary.
    public init(
        name: String, type: ScalingPolicyType, enabled: Bool = true, metric: String? = nil, targetValue: Double? = nil
    ) {
        self.name = name
        self.type = type
        self.enabled = enabled
        self.metric = metric
        self.targetValue = targetValue
    }
}

/// Counts of instances in one Availability Zone.
public struct ZoneInstanceCounts: Sendable, Equatable, Codable {
    /// The zone, e.g. `us-east-1a`.
    public var zone: String
    /// Instances in service.
    public var inService = 0
    /// Instances launching.
    public var pending = 0
    /// Instances leaving.
    public var terminating = 0
    /// Instances Auto Scaling marks unhealthy.
    public var unhealthy = 0
    /// All instances in the zone, whatever their state.
    public var total = 0

    /// Creates empty counts for `zone`.
    public init(zone: String) { self.zone = zone }
}

/// One Auto Scaling group: its limits, instances, activities and policies.
public struct AutoScalingGroupStatus: Sendable, Equatable {
    /// The group's name.
    public var name: String
    /// The region it lives in.
    public var region: String
    /// Minimum size.
    public var min: Int
    /// Maximum size.
    public var max: Int
    /// Desired capacity.
    public var desired: Int
    /// The zones the group spans.
    public var zones: [String] { didSet { zoneCounts = Self.zoneCounts(zones: zones, instances: instances) } }
    /// Its instances.
    public var instances: [InstanceStatus] {
        didSet { zoneCounts = Self.zoneCounts(zones: zones, instances: instances) }
    }
    /// Instance counts per zone, sorted by zone: kept with the instances, since every frame reads them.
    public private(set) var zoneCounts: [ZoneInstanceCounts] = []
    /// Recent scaling activities, newest first.
    public var activities: [ScalingActivity]
    /// Its scaling policies.
    public var policies: [ScalingPolicySummary]
    /// Whether `policies` is known: false when DescribePolicies failed (then the list is empty, not "none").
    public var policiesKnown: Bool
    /// The target groups it registers instances with (ARNs).
    public var targetGroupARNs: [String]
    /// Auto Scaling processes suspended on the group (`Launch`, `Terminate`, `AlarmNotification`, ...).
    public var suspendedProcesses: [String]
    /// Whether the group has a warm pool.
    public var hasWarmPool: Bool
    /// Its scheduled actions that have not run yet, soonest first.
    public var scheduledActions: [ScheduledActionSummary] = []
    /// Whether `scheduledActions` is known: false when DescribeScheduledActions failed (then the list is empty, not "none").
    public var scheduledActionsKnown = true

    /// Creates a group record.
    public init(
        name: String, region: String, min: Int, max: Int, desired: Int, zones: [String] = [],
        instances: [InstanceStatus] = [], activities: [ScalingActivity] = [],
        policies: [ScalingPolicySummary] = [], policiesKnown: Bool = true, targetGroupARNs: [String] = [],
        suspendedProcesses: [String] = [], hasWarmPool: Bool = false
    ) {
        self.name = name
        self.region = region
        self.min = min
        self.max = max
        self.desired = desired
        self.zones = zones
        self.instances = instances
        zoneCounts = Self.zoneCounts(zones: zones, instances: instances)
        self.activities = activities
        self.policies = policies
        self.policiesKnown = policiesKnown
        self.targetGroupARNs = targetGroupARNs
        self.suspendedProcesses = suspendedProcesses
        self.hasWarmPool = hasWarmPool
    }

    /// This group as it would read with `limits` (a re-read found them moved).
    public func with(_ limits: ScalingLimits) -> AutoScalingGroupStatus {
        var group = self
        group.min = limits.min
        group.max = limits.max
        group.desired = limits.desired
        return group
    }

    /// Instances in service.
    public var inService: Int { count(.inService) }
    /// Instances launching.
    public var pending: Int { count(.pending) }
    /// Instances leaving.
    public var terminating: Int { count(.terminating) }
    /// Instances Auto Scaling marks unhealthy (whatever their lifecycle).
    public var unhealthy: Int { instances.filter { !$0.healthy }.count }
    /// Whether desired capacity has reached the maximum: the group cannot scale out further.
    public var atCeiling: Bool { desired >= max }
    /// The activity still running, newest first.
    public var activeActivity: ScalingActivity? { activities.first { $0.inProgress } }
    /// The policies that would override a manual desired value.
    public var overridingPolicies: [ScalingPolicySummary] { policies.filter(\.overridesManualDesired) }

    /// Per-zone counts, one entry for every zone the group spans or has instances in, sorted by zone.
    static func zoneCounts(zones: [String], instances: [InstanceStatus]) -> [ZoneInstanceCounts] {
        var byZone: [String: ZoneInstanceCounts] = [:]
        for zone in zones { byZone[zone] = ZoneInstanceCounts(zone: zone) }
        for instance in instances {
            var counts = byZone[instance.zone] ?? ZoneInstanceCounts(zone: instance.zone)
            counts.total += 1
            switch instance.lifecycle {
            case .inService: counts.inService += 1
            case .pending: counts.pending += 1
            case .terminating: counts.terminating += 1
            case .standby, .other: break
            }
            if !instance.healthy { counts.unhealthy += 1 }
            byZone[instance.zone] = counts
        }
        return byZone.values.sorted { $0.zone < $1.zone }
    }

    private func count(_ lifecycle: InstanceLifecycle) -> Int {
        instances.filter { $0.lifecycle == lifecycle }.count
    }
}
