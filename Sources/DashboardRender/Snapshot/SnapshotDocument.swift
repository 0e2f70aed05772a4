import DashboardModel
import Foundation

/// The JSON document `flightdeck snapshot --format json` prints. Field names are stable: scripts
/// depend on them, and the README documents them.
public struct SnapshotDocument: Sendable, Equatable, Codable {
    /// When the snapshot was taken (ISO 8601).
    public var takenAt: Date
    /// The account id, when known.
    public var account: String?
    /// The regions polled.
    public var regions: [String]
    /// Every Availability Zone of those regions, across the panels.
    public var zones: [ZoneEntry]
    /// Auto Scaling groups.
    public var autoScalingGroups: [Group]
    /// Load balancers with their target groups.
    public var loadBalancers: [LoadBalancer]
    /// CloudFront distributions.
    public var distributions: [Distribution]
    /// Databases.
    public var databases: [Database]
    /// The cost.
    public var cost: Cost
    /// The alerts that hold.
    public var alerts: [AlertEntry]
    /// CloudWatch's alarms on the watched resources; nil when they could not be read.
    public var alarms: [AlarmEntry]?
    /// The Standard On-Demand vCPU quota against its use (the tightest region's); nil when unknown.
    public var vcpuQuota: VCPUQuotaEntry?
    /// The sources that failed.
    public var errors: [ErrorEntry]
    /// The credentials signed with and how long they can be renewed; nil when the chain did not say.
    public var credentials: CredentialsEntry?

    private enum CodingKeys: String, CodingKey {
        case takenAt, account, regions, zones, autoScalingGroups, loadBalancers, distributions, databases, cost, alerts,
            alarms, vcpuQuota, errors,
            credentials
    }

    /// Encodes every field, writing `null` for unknown values rather than leaving keys out.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(takenAt, forKey: .takenAt)
        try container.encode(account, forKey: .account)
        try container.encode(regions, forKey: .regions)
        try container.encode(zones, forKey: .zones)
        try container.encode(autoScalingGroups, forKey: .autoScalingGroups)
        try container.encode(loadBalancers, forKey: .loadBalancers)
        try container.encode(distributions, forKey: .distributions)
        try container.encode(databases, forKey: .databases)
        try container.encode(cost, forKey: .cost)
        try container.encode(alerts, forKey: .alerts)
        try container.encode(alarms, forKey: .alarms)
        try container.encode(vcpuQuota, forKey: .vcpuQuota)
        try container.encode(errors, forKey: .errors)
        try container.encode(credentials, forKey: .credentials)
    }
}

extension SnapshotDocument {
    /// The document for `state` taken at `now`, worded as the screen words it.
    public init(state: DashboardState, account: String?, regions: [String], now: Date) {
        takenAt = now
        self.account = account
        self.regions = regions
        zones = state.zones.map { zone in
            ZoneEntry(
                region: zone.region, zone: zone.zone, condition: zone.condition?.rawValue,
                instances: zone.instances.map {
                    ZoneInstances(inService: $0.inService, pending: $0.pending, unhealthy: $0.unhealthy)
                },
                targets: zone.targets.map {
                    ZoneTargets(
                        healthy: $0.healthy, unhealthy: $0.unhealthy, draining: $0.draining, initial: $0.initial)
                },
                databases: zone.databases, downSince: zone.downSince, wasTargets: zone.wasTargets)
        }
        autoScalingGroups = (state.groups.value ?? []).map { group in
            Group(
                name: group.name, region: group.region, min: group.min, max: group.max, desired: group.desired,
                inService: group.inService, pending: group.pending, terminating: group.terminating,
                unhealthy: group.unhealthy,
                instancesByZone: Dictionary(group.zoneCounts.map { ($0.zone, $0.total) }, uniquingKeysWith: +),
                activity: group.activeActivity?.description,
                launchFailures: state.launchFailureTallies(of: group).map {
                    LaunchFailureEntry(
                        zone: $0.zone, cause: $0.cause, message: $0.message, count: $0.count, lastAt: $0.lastAt)
                },
                forecast: state.ceilingForecast(of: group).map {
                    Forecast(ceilingInSeconds: Int($0.ceilingInSeconds.rounded()), basis: ForecastText.basis($0))
                },
                scheduledActions: group.scheduledActionsKnown
                    ? group.scheduledActions
                        .sorted { ($0.time ?? .distantFuture, $0.name) < ($1.time ?? .distantFuture, $1.name) }
                        .map {
                            ScheduledActionEntry(
                                name: $0.name, time: $0.time, recurrence: $0.recurrence, min: $0.min, max: $0.max,
                                desired: $0.desired)
                        } : nil)
        }
        var balancers: [String: LoadBalancer] = [:]
        for targetGroup in state.targetGroups.value ?? [] {
            var balancer =
                balancers[targetGroup.loadBalancerARN]
                ?? LoadBalancer(
                    name: targetGroup.loadBalancerName, arn: targetGroup.loadBalancerARN, region: targetGroup.region,
                    targetGroups: [])
            let (health, countedAt): (String, Date?) =
                switch targetGroup.source {
                case .listed: ("listed", nil)
                case let .counted(minute): ("cloudwatch", minute)
                case .unknown: ("unknown", nil)
                }
            balancer.targetGroups.append(
                TargetGroup(
                    name: targetGroup.name, arn: targetGroup.arn,
                    zones: targetGroup.zoneCounts.map {
                        Zone(
                            zone: $0.zone, healthy: $0.healthy, unhealthy: $0.unhealthy, initial: $0.initial,
                            draining: $0.draining,
                            unused: $0.unused, reasons: $0.reasons)
                    }, health: health, countedAt: countedAt))
            balancers[targetGroup.loadBalancerARN] = balancer
        }
        loadBalancers = balancers.values.sorted { ($0.region, $0.name) < ($1.region, $1.name) }
        distributions = (state.distributions.value ?? []).map {
            Distribution(
                id: $0.id, domainName: $0.domainName, hitRatio: $0.hitRatio.fraction,
                hitRatioSource: HitRatioText.source($0.hitRatio),
                requests: $0.requests, errorRate5xx: $0.errorRate5xx)
        }
        databases = (state.databases.value ?? []).map {
            Database(
                id: $0.id, engine: $0.engine, status: $0.status, multiAZ: $0.multiAZ, primaryZone: $0.primaryZone,
                secondaryZone: $0.secondaryZone,
                failover: Failover(
                    state: $0.failover.name, startedAt: $0.failover.startedAt, completedAt: $0.failover.completedAt))
        }
        let costNow = state.cost
        cost = Cost(
            burnRatePerHour: costNow.burnRatePerHour, sinceStart: state.spentSinceStart,
            monthToDate: costNow.monthToDate,
            currency: costNow.currency, source: costNow.priceSource, pollingPerDay: state.pollingCostPerDay,
            lines: CostText.linesByCost(costNow).map {
                CostLineEntry(item: $0.item, quantity: $0.line.quantity, unitPerHour: $0.line.unitPerHour)
            })
        alerts = state.alerts.map {
            AlertEntry(
                severity: $0.severity.rawValue, code: $0.code, resource: $0.resource, message: AlertText.words($0))
        }
        alarms = state.metrics.value?.alarms.map { $0.map(AlarmEntry.init) }
        vcpuQuota = state.tightestVCPUHeadroom.flatMap(VCPUQuotaEntry.init)
        errors = DataSource.allCases.flatMap { source in
            (state.failure(source).map { [ErrorEntry(source: source, failure: $0)] } ?? [])
                + (state.missing[source] ?? []).map { ErrorEntry(source: source, failure: $0.failure, missing: $0) }
        }
        credentials = state.credentials.map(CredentialsEntry.init)
    }

    /// The document as pretty-printed JSON with sorted keys and ISO 8601 dates (nulls written out).
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
