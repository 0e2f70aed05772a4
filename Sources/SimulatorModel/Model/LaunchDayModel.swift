import Foundation

/// The launch-day world: traffic, the Auto Scaling group behind an ALB, a Multi-AZ database and a
/// CloudFront distribution, stepped one simulated second at a time.
///
/// The model is a pure value: no clock, no I/O, no global randomness. Time moves only when the
/// caller calls `advance(to:)` or `step(seconds:)`; every random draw comes from a `SplitMix64`
/// seeded at creation, so the same seed and the same calls give the same history.
public struct LaunchDayModel: Sendable, Equatable {
    /// The shop's fixed shape.
    public let config: ShopConfiguration
    /// The traffic curve.
    public let traffic: TrafficProfile
    /// Simulated seconds since the launch started.
    public internal(set) var now: Double = 0
    /// The seeded generator behind every random draw.
    var rng: SplitMix64
    /// The Auto Scaling group and its instances.
    public internal(set) var group: AutoScalingGroup
    /// The database.
    public internal(set) var database: DatabaseInstance
    /// The CloudFront distribution.
    public internal(set) var distribution: Distribution
    /// The extra, quiet services of `--scale N`.
    public internal(set) var extraServices: [ExtraService] = []
    /// The one-minute CloudWatch series.
    public internal(set) var metrics = MetricStore()
    /// The accrued costs.
    public internal(set) var costs = CostLedger()
    /// Zones that are down, with the simulated second their outage ends.
    public internal(set) var zoneOutages: [String: Double] = [:]
    /// Zones where EC2 has no capacity of the instance type, with the simulated second it returns.
    public internal(set) var capacityShortages: [String: Double] = [:]
    /// The account's running On-Demand Standard vCPU quota (what GetServiceQuota answers); nil when none is imposed.
    public internal(set) var vcpuQuota: Int?
    /// When Auto Scaling retries launches the vCPU quota refused; nil while none is waiting.
    var launchesRetryAt: Double?
    /// When Auto Scaling tries again each zone a launch found without capacity.
    var capacityRetryAt: [String: Double] = [:]
    /// The load during the last second.
    public internal(set) var load = LoadSnapshot()
    /// The target-tracking policy's memory.
    public internal(set) var policy = PolicyState()
    /// Faults applied so far.
    public internal(set) var faults: [FaultRecord] = []
    /// The shop's CloudWatch alarms.
    public internal(set) var alarms: [SimAlarm] = []
    /// Scheduled actions waiting for their time, every group's.
    public internal(set) var scheduledActions: [ScheduledAction] = []
    /// Suspended processes by group name.
    public internal(set) var suspendedProcesses: [String: [SuspendedProcess]] = [:]
    /// The target 5xx answers of the minute filling, for the alarms.
    var minute5xx = 0.0
    /// Why desired capacity last changed, for the causes of the launches and terminations it starts.
    var pendingCause: String?
    /// The instance an AZRebalance launched, until it is in service.
    var rebalanceInstanceID: String?
    /// A counter for private IP addresses.
    var addressCounter = 0

    /// A new world at simulated second 0: the group at its desired size, warm and healthy.
    public init(
        config: ShopConfiguration = ShopConfiguration(), traffic: TrafficProfile = TrafficProfile(), seed: UInt64
    ) {
        self.config = config
        self.traffic = traffic
        self.rng = SplitMix64(seed: seed)
        self.group = AutoScalingGroup(
            name: config.groupName, minSize: config.minSize, maxSize: config.maxSize,
            desiredCapacity: config.desiredCapacity, zones: config.zones)
        self.database = DatabaseInstance(
            identifier: config.databaseIdentifier,
            primaryZone: config.databasePrimaryZone, standbyZone: config.databaseStandbyZone)
        self.distribution = Distribution(id: config.distributionID)
        self.extraServices = (0..<max(0, config.extraServices)).map { ExtraService(index: $0 + 1, zones: config.zones) }
        alarms = Self.initialAlarms(config)
        // The quiet services of `--scale N` get room for their max on top, so only the shop meets the quota.
        vcpuQuota =
            config.vcpuQuota
            + extraServices.map { $0.maxSize * (InstanceTypeCatalog.vcpus[ExtraService.instanceType] ?? 2) }.reduce(
                0, +)
        seedInitialInstances()
        accrueCostsBeforeStart()
    }

    /// The wall-clock date that simulated second `time` stands for.
    public func date(at time: Double) -> Date {
        config.startDate.addingTimeInterval(time)
    }

    /// The date of now.
    public var currentDate: Date { date(at: now) }

    /// Moves time forward to simulated second `time`, one second at a time; earlier times do nothing.
    public mutating func advance(to time: Double) {
        while now + 1 <= time {
            tick()
        }
    }

    /// Moves time forward by `seconds`.
    public mutating func step(seconds: Double) {
        advance(to: now + seconds)
    }

    /// One simulated second: traffic, lifecycles, load, database, scaling, metrics and costs.
    mutating func tick() {
        now += 1
        zoneOutages = zoneOutages.filter { $0.value > now }
        capacityShortages = capacityShortages.filter { $0.value > now }
        updateTraffic()
        advanceLifecycles()
        distributeLoad()
        advanceFailover()
        advanceStandby()
        replaceUnhealthyInstances()
        minute5xx += load.target5xxPerSecond
        if Int(now) % 60 == 0 {
            evaluateAlarms(
                minute5xx: minute5xx, minuteCPU: policy.minuteCount > 0 ? policy.minuteSum / policy.minuteCount : 0)
            minute5xx = 0
            evaluatePolicy()
        }
        runScheduledActions()
        rebalanceZones()
        reconcileCapacity()
        recordMetrics()
        accrueCosts()
    }

    /// Whether `zone` is in an outage now.
    public func isDown(_ zone: String) -> Bool {
        zoneOutages[zone] != nil
    }

    /// An ISO 8601 timestamp of simulated second `time`, e.g. `2026-11-27T14:05:00Z`.
    public func timestamp(_ time: Double) -> String {
        date(at: time).formatted(.iso8601)
    }
}

/// Traffic and load during the last simulated second.
public struct LoadSnapshot: Sendable, Equatable, Codable {
    /// Concurrent users.
    public var users = 0.0
    /// Requests per second CloudFront serves.
    public var viewerRequestsPerSecond = 0.0
    /// Requests per second that reach the ALB.
    public var originRequestsPerSecond = 0.0
    /// Target 5xx answers per second.
    public var target5xxPerSecond = 0.0
    /// ALB-generated 5xx answers per second (no healthy target).
    public var elb5xxPerSecond = 0.0
    /// Average target response time in seconds.
    public var responseTime = 0.0
    /// Average CPU of the running instances, percent.
    public var averageCPU = 0.0
}

/// What the target-tracking policy remembers between evaluations.
public struct PolicyState: Sendable, Equatable, Codable {
    /// The policy's per-minute CPU averages, newest last.
    public var cpuHistory: [Double] = []
    /// CPU samples of the current minute (sum).
    public var minuteSum = 0.0
    /// CPU samples of the current minute (count).
    public var minuteCount = 0.0
    /// When the policy last scaled out.
    public var lastScaleOutAt: Double = -10_000
    /// When the policy last scaled in.
    public var lastScaleInAt: Double = -10_000
}
