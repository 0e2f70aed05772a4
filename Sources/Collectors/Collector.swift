import AWSCore
import AWSServices
import DashboardModel
import FlightdeckPlatform
import Foundation

/// Polls AWS for one data source at a time and maps the replies into the dashboard's model.
///
/// Everything a poll needs besides the clients is cached here: instance zones (for targets that do
/// not carry one), scaling policies and load balancer lists (which change rarely), and whether each
/// distribution has CloudFront's additional metrics on.
public final class Collector: Sendable {
    /// The clients.
    public let clients: CollectorClients
    /// What to watch.
    public let selection: Selection
    let clock: Platform.Clock
    let cache = CollectorCache()
    let progress = PollProgress()
    /// Where prices and Cost Explorer figures are kept on disk; nil keeps them in memory only.
    public let costCache: CostCacheSettings?
    /// Finds the account naming the Cost Explorer cache when `costCache` has none yet (a
    /// GetCallerIdentity running beside the first polls); nil when there is nothing to ask.
    let accountLookup: (@Sendable () async -> String?)?

    /// Creates a collector; `costCache` names the folder and account for the on-disk cost caches,
    /// and `account`, when given, supplies an account `costCache` lacks once it is known.
    public init(
        clients: CollectorClients, selection: Selection, costCache: CostCacheSettings? = nil,
        account: (@Sendable () async -> String?)? = nil, clock: @escaping Platform.Clock = Platform.systemClock
    ) {
        self.clients = clients
        self.selection = selection
        self.costCache = costCache
        self.accountLookup = account
        self.clock = clock
    }

    /// Polls `source` once; a failure becomes `.failed` with the reason, never a thrown error. A
    /// failed optional call costs only the facts it feeds: the result is `.partial`, naming them.
    public func poll(_ source: DataSource) async -> PollResult {
        await poll(source, pricesAfter: { @Sendable in })
    }

    /// Polls cost once, its Cost Explorer figures at once and its prices after `pricesAfter`
    /// returns (in a snapshot, once the groups and databases to price are known).
    public func pollCost(pricesAfter: @escaping @Sendable () async -> Void) async -> PollResult {
        await poll(.cost, pricesAfter: pricesAfter)
    }

    /// Polls Cost Explorer alone, with no prices (the state keeps its table); `freshPrices()` brings
    /// them apart, so the Pricing API never holds back Cost Explorer's figures.
    public func pollCostActuals() async -> PollResult {
        await poll(.cost, pricesAfter: nil)
    }

    /// The prices of what runs now: the Pricing API's (its GetProducts calls together), cached a day,
    /// or the bundled table marked as a fallback; nil when nothing is in use and nothing is cached.
    public func freshPrices() async -> PriceTable? {
        await priceTable()
    }

    /// Returns once the target groups to watch are listed (or their listing failed), before their health is asked.
    public func targetGroupsListed() async {
        await progress.awaitTargetGroupsListed()
    }

    private func poll(_ source: DataSource, pricesAfter: (@Sendable () async -> Void)?) async -> PollResult {
        let log = MissingFactLog()
        if source == .autoScaling { await progress.groupsStarted() }
        let result = await Self.$missingFacts.withValue(log) { await pollRequired(source, pricesAfter: pricesAfter) }
        if source == .autoScaling { await progress.groupsEnded() }
        if source == .targetHealth { await progress.targetGroupsListed() }
        let missing = log.all
        if case .failed = result { return result }
        return missing.isEmpty ? result : .partial(result, missing: missing)
    }

    private func pollRequired(_ source: DataSource, pricesAfter: (@Sendable () async -> Void)?) async -> PollResult {
        do {
            switch source {
            case .autoScaling: return .autoScaling(try await autoScalingGroups())
            case .targetHealth: return .targetHealth(try await targetHealth())
            case .databases:
                let (databases, events) = try await databases()
                return .databases(databases, events: events)
            case .distributions: return .distributions(try await distributions())
            case .metrics: return .metrics(try await metrics())
            case .cost: return try await cost(pricesAfter: pricesAfter)
            }
        } catch {
            return .failed(SourceFailure(error))
        }
    }

    /// The Cost Explorer cache file, once the account naming it is known; nil keeps figures in memory.
    func actualsPath() async -> String? {
        guard var settings = costCache else { return nil }
        if settings.account == nil, let accountLookup { settings.account = await accountLookup() }
        return settings.actualsPath
    }

    /// Warnings collected while polling (a discovery cap reached, a truncated page run), oldest first.
    public func warnings() async -> [CollectorWarning] {
        await cache.takeWarnings()
    }

    /// Runs `body` for each regional client concurrently and joins the results in region order.
    func eachRegion<T: Sendable>(_ body: @escaping @Sendable (String, AWSClient) async throws -> [T]) async throws
        -> [T]
    {
        try await withThrowingTaskGroup(of: (Int, [T]).self) { group in
            for (index, entry) in clients.regional.enumerated() {
                group.addTask { (index, try await body(entry.region, entry.client)) }
            }
            var results: [(Int, [T])] = []
            for try await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }

    /// Sends all pages of `operation`, reporting a truncation as a warning.
    func all<Operation: PaginatedOperation>(_ operation: Operation, client: AWSClient, maxPages: Int = 20) async throws
        -> [Operation.Item]
    {
        let result = try await client.sendAll(operation, maxPages: maxPages)
        switch result.stop {
        case .repeatedToken: await cache.warn(.repeatedPageToken(operation: operation.name, pages: result.pages))
        case .safetyCap: await cache.warn(.pageCapReached(operation: operation.name, pages: result.pages))
        case nil: break
        }
        return result.items
    }

    /// Cuts `items` to the discovery cap, reporting when it did.
    func capped<T>(_ items: [T], kind: CollectorWarning.ResourceKind) async -> [T] {
        guard items.count > selection.discoveryCap else { return items }
        await cache.warn(.discoveryCapped(kind, found: items.count, cap: selection.discoveryCap))
        return Array(items.prefix(selection.discoveryCap))
    }
}

/// What the collector remembers between polls.
actor CollectorCache {
    var zoneByInstance: [String: String] = [:]
    var policies: [String: (fetched: Date, policies: [String: [ScalingPolicySummary]])] = [:]
    var scheduledActions: [String: (fetched: Date, actions: [String: [ScheduledActionSummary]])] = [:]
    var targetGroups: [String: (fetched: Date, groups: [TargetGroupRef])] = [:]
    var metricsSubscriptions: [String: (fetched: Date, enabled: Bool)] = [:]
    var distributions: [DistributionStatus] = []
    var groups: [AutoScalingGroupStatus] = []
    var targetGroupList: [TargetGroupHealth] = []
    /// CloudWatch's target counts per target group, by region, with the target groups asked for.
    var targetCounts:
        [String: (fetched: Date, asked: Set<String>, counted: [String: (counts: [ZoneTargetCounts], minute: Date)])] =
            [:]
    /// Scaling activities read group by group, by region and group, with when.
    var groupActivityReads: [String: [String: (read: Date, activities: [AutoScaling.Activity])]] = [:]
    var lastEventPoll: Date?
    /// Optional calls refused for lack of permission, by fact and scope, with when and why.
    var denials: [String: (at: Date, failure: SourceFailure)] = [:]
    /// The prices fetched or read from disk, by region.
    var prices: [String: PriceCacheFile] = [:]
    /// The regions whose `prices` were read from disk rather than fetched by this process.
    var pricesFromDisk: Set<String> = []
    /// When the Pricing API last failed and why: it is not asked again for a while.
    var pricesFailure: (at: Date, reason: SourceFailure)?
    /// Cost Explorer's latest figures.
    var actuals: ActualsCacheFile?
    /// The database classes seen, with their engines, by region.
    var databaseClasses: [String: [String: String]] = [:]
    /// The watched databases' identifiers (instances and clusters), for the alarms that name them.
    var databaseIDs: Set<String> = []
    /// Each region's last quota read and when it was made (`keptStandardVCPUQuota`).
    var vcpuQuotas: [String: (at: Date, read: VCPUQuotaRead)] = [:]
    /// vCPUs per instance type, asked once a session (a type's vCPUs never change).
    var instanceTypeVCPUs: [String: Int] = [:]
    private var warnings: [CollectorWarning] = []
    private var reported: Set<CollectorWarning> = []

    /// Queues a warning, once: a cap that is hit on every poll is said once, not every five seconds.
    func warn(_ warning: CollectorWarning) {
        if !warnings.contains(warning) && !reported.contains(warning) { warnings.append(warning) }
    }

    /// The warnings not yet handed out.
    func takeWarnings() -> [CollectorWarning] {
        defer {
            reported.formUnion(warnings)
            warnings = []
        }
        return warnings
    }

    func remember(groups: [AutoScalingGroupStatus]) {
        self.groups = groups
        for group in groups {
            for instance in group.instances { zoneByInstance[instance.id] = instance.zone }
        }
    }

    func remember(zones: [String: String]) {
        zoneByInstance.merge(zones) { _, new in new }
    }

    func setPolicies(_ value: [String: [ScalingPolicySummary]], region: String, at date: Date) {
        policies[region] = (date, value)
    }

    func setTargetGroups(_ value: [TargetGroupRef], region: String, at date: Date) {
        targetGroups[region] = (date, value)
    }

    func setSubscription(_ enabled: Bool, distribution: String, at date: Date) {
        metricsSubscriptions[distribution] = (date, enabled)
    }

    func setDistributions(_ value: [DistributionStatus]) { distributions = value }

    func setTargetGroupList(_ value: [TargetGroupHealth]) { targetGroupList = value }

    func setTargetCounts(
        _ value: [String: (counts: [ZoneTargetCounts], minute: Date)], asked: Set<String>, region: String, at date: Date
    ) {
        targetCounts[region] = (date, asked, value)
    }

    func setLastEventPoll(_ date: Date) { lastEventPoll = date }

    /// Keeps `file` as `region`'s prices, noting whether it came from disk.
    func setPrices(_ file: PriceCacheFile, region: String, fromDisk: Bool) {
        prices[region] = file
        if fromDisk { pricesFromDisk.insert(region) } else { pricesFromDisk.remove(region) }
    }

    /// Remembers that the Pricing API failed at `date` with `reason`.
    func setPricesFailure(_ reason: SourceFailure, at date: Date) { pricesFailure = (date, reason) }

    /// Keeps Cost Explorer's figures.
    func setActuals(_ file: ActualsCacheFile) { actuals = file }

    /// Remembers each database class in use with its engine, for pricing.
    func remember(databases: [DatabaseStatus]) {
        databaseIDs = Set(databases.map(\.id))
        for database in databases where !database.isCluster {
            if let instanceClass = database.instanceClass {
                databaseClasses[database.region, default: [:]][instanceClass] = database.engine
            }
        }
    }
}

/// A target group with the load balancer it belongs to.
struct TargetGroupRef: Sendable, Equatable {
    var arn: String
    var name: String
    var loadBalancerARN: String
    var loadBalancerName: String
    var zones: [String]
}
