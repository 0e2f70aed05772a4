import Foundation

/// Everything the dashboard knows, changed only by `apply(_:)`; rendering reads it and never changes it.
public struct DashboardState: Sendable {
    /// When the dashboard started.
    public let startedAt: Date
    /// The time of the latest event.
    public private(set) var now: Date
    /// Auto Scaling groups.
    public internal(set) var groups = Sourced<[AutoScalingGroupStatus]>()
    /// Target groups and their health.
    public internal(set) var targetGroups = Sourced<[TargetGroupHealth]>()
    /// Databases.
    public internal(set) var databases = Sourced<[DatabaseStatus]>()
    /// CloudFront distributions, with their latest metrics folded in.
    public internal(set) var distributions = Sourced<[DistributionStatus]>()
    /// CloudWatch's latest values.
    public internal(set) var metrics = Sourced<MetricsSnapshot>()
    /// Cost Explorer's actuals.
    public internal(set) var costActuals = Sourced<CostActuals>()
    /// The prices the burn rate uses.
    public internal(set) var prices: PriceTable = .bundled
    /// USD spent since the dashboard started, integrated from the burn rate.
    public internal(set) var spentSinceStart: Double = 0
    /// The numeric history for sparklines.
    public internal(set) var history: SeriesStore
    /// The merged timeline, oldest first, capped at `timelineLimit`.
    public internal(set) var timeline: [TimelineEvent] = []
    /// Failed polls, oldest first, capped at `errorLogLimit`.
    public internal(set) var errorLog: [ErrorLogEntry] = []
    /// The facts each source's latest successful poll could not learn (its optional calls that failed).
    public internal(set) var missing: [DataSource: [MissingFact]] = [:]
    /// Failed launches seen in the groups' scaling activities within the last hour, oldest first.
    public internal(set) var launchFailures: [LaunchFailure] = []
    /// What each zone's target health has shown: whether it served, and since when it has not.
    public internal(set) var zoneMemory: [ZoneKey: ZoneMemory] = [:]
    /// The credentials signed with and how long they can be renewed; nil until the chain reports.
    public internal(set) var credentials: CredentialStatus?
    /// The alerts that hold now; each evaluation also updates `alertOnsets`.
    public internal(set) var alerts: [Alert] = [] {
        didSet { alertOnsets.update(holding: alerts, at: now) }
    }
    /// When each alert that holds now started holding.
    public private(set) var alertOnsets = AlertOnsets()
    /// The poll schedule.
    public internal(set) var scheduler: PollScheduler
    /// Whether polling is paused by the operator.
    public internal(set) var paused = false
    /// The alert thresholds.
    public let thresholds: AlertThresholds
    /// How many CloudWatch metrics one metrics poll requests (for the polling-cost figure).
    public var metricsPerPoll = 0
    /// How many target counts (HealthyHostCount, UnHealthyHostCount per target group and zone) are
    /// bought at most once a minute, at scale; 0 when every target group is listed.
    public var targetCountMetrics = 0

    /// The most timeline entries kept.
    public static let timelineLimit = 500
    /// The most error log entries kept.
    public static let errorLogLimit = 200

    var seenActivities: [String: ScalingActivityStatus] = [:]
    var firstLoads: Set<DataSource> = []
    var metricsCatchUpPending = false
    /// The sources (groups, databases) whose first load already asked for a cost poll.
    var pricedLoads: Set<DataSource> = []
    /// Whether a cost poll must follow the one running, which could not know the types just found.
    var costCatchUpPending = false
    var seenDatabaseEvents: Set<String> = []
    var lastIntegration: Date

    /// Creates the state at `start` with the given poll intervals and thresholds.
    public init(
        start: Date, intervals: [DataSource: Double] = DataSource.defaultIntervals,
        thresholds: AlertThresholds = AlertThresholds(), historyCapacity: Int? = nil
    ) {
        startedAt = start
        now = start
        lastIntegration = start
        scheduler = PollScheduler(intervals: intervals, start: start)
        self.thresholds = thresholds
        // At least 30 minutes of history at the fastest poll interval.
        let fastest = intervals.values.min() ?? 5
        history = SeriesStore(capacity: historyCapacity ?? max(360, Int((1_800 / max(1, fastest)).rounded(.up)) + 1))
    }

    /// The cost now: the burn rate of what runs, what was spent since start, and Cost Explorer's figures.
    public var cost: CostStatus {
        var status = CostEstimator.estimate(
            groups: groups.value ?? [], databases: databases.value ?? [],
            loadBalancers: Dictionary(
                (targetGroups.value ?? []).map { ($0.region, [$0.loadBalancerARN] as Set) },
                uniquingKeysWith: { $0.union($1) }
            )
            .mapValues(\.count),
            cloudFrontBytesPerMinute: (distributions.value ?? []).compactMap(\.bytesDownloaded).reduce(0, +),
            prices: prices)
        status.monthToDate = costActuals.value?.monthToDate
        status.today = costActuals.value?.today
        status.actualsFetchedAt = costActuals.value?.fetchedAt ?? costActuals.updatedAt
        return status
    }

    /// What the dashboard's own polling costs per day, in USD.
    public var pollingCostPerDay: Double {
        CostEstimator.pollingCostPerDay(
            metricsPerPoll: metricsPerPoll,
            metricsInterval: scheduler.entries[.metrics]?.baseInterval ?? 60,
            costExplorerInterval: scheduler.entries[.cost]?.baseInterval ?? 3_600)
            + CostEstimator.pollingCostPerDay(
                metricsPerPoll: targetCountMetrics,
                metricsInterval: Swift.max(60, scheduler.entries[.targetHealth]?.baseInterval ?? 60),
                costExplorerInterval: .infinity)
    }

    /// The 5xx share of requests per target group ARN, from the latest metrics.
    public var targetGroup5xxRates: [String: Double] {
        guard let snapshot = metrics.value else { return [:] }
        var rates: [String: Double] = [:]
        for (key, requests) in snapshot.values where key.metric == MetricName.targetRequests && requests > 0 {
            rates[key.resource] = (snapshot.value(MetricName.target5xx, key.resource) ?? 0) / requests
        }
        return rates
    }

    /// The age limit past which a source's data counts as stale.
    public func maxAge(_ source: DataSource) -> Double {
        (scheduler.entries[source]?.baseInterval ?? source.defaultInterval) * thresholds.staleAfterIntervals
    }

    /// Why `source`'s data is stale, with its age, or nil when it is fresh (or has never been polled).
    public func staleness(_ source: DataSource, at now: Date) -> Staleness? {
        let maxAge = maxAge(source)
        switch source {
        case .autoScaling: return groups.staleness(at: now, maxAge: maxAge)
        case .targetHealth: return targetGroups.staleness(at: now, maxAge: maxAge)
        case .databases: return databases.staleness(at: now, maxAge: maxAge)
        case .distributions: return distributions.staleness(at: now, maxAge: maxAge)
        case .metrics: return metrics.staleness(at: now, maxAge: maxAge)
        case .cost: return costActuals.staleness(at: now, maxAge: maxAge)
        }
    }

    /// Seconds since `source` last succeeded, or nil when it never has.
    public func age(_ source: DataSource, at now: Date) -> Double? {
        switch source {
        case .autoScaling: return groups.age(at: now)
        case .targetHealth: return targetGroups.age(at: now)
        case .databases: return databases.age(at: now)
        case .distributions: return distributions.age(at: now)
        case .metrics: return metrics.age(at: now)
        case .cost: return costActuals.age(at: now)
        }
    }

    mutating func advanceClock(to date: Date) {
        guard date > now else { return }
        let burn = cost.burnRatePerHour
        spentSinceStart += burn * date.timeIntervalSince(lastIntegration) / 3_600
        lastIntegration = date
        now = date
    }
}
