import Foundation

/// The state of one load balancer target, as ELBv2 reports it.
public enum TargetState: String, Sendable, Equatable, Codable, CaseIterable {
    /// Registering or passing its first health checks.
    case initial
    /// Passing health checks.
    case healthy
    /// Failing health checks.
    case unhealthy
    /// Not used (e.g. its zone is not enabled on the load balancer).
    case unused
    /// Deregistering, finishing in-flight requests.
    case draining
    /// Health checks are disabled.
    case unavailable
}

/// One registered target and its health.
public struct TargetStatus: Sendable, Equatable, Codable {
    /// The target id (instance id or IP address).
    public var id: String
    /// Its port.
    public var port: Int?
    /// Its Availability Zone, when it could be found.
    public var zone: String?
    /// Its state.
    public var state: TargetState
    /// AWS's reason code, e.g. `Target.FailedHealthChecks`.
    public var reason: String?
    /// AWS's description of the reason.
    public var detail: String?

    /// Creates a target record.
    public init(
        id: String, port: Int? = nil, zone: String?, state: TargetState, reason: String? = nil, detail: String? = nil
    ) {
        self.id = id
        self.port = port
        self.zone = zone
        self.state = state
        self.reason = reason
        self.detail = detail
    }
}

/// Target counts by state in one Availability Zone of one target group.
public struct ZoneTargetCounts: Sendable, Equatable, Codable {
    /// The zone, or `unknown` for targets whose zone could not be found.
    public var zone: String
    /// Targets healthy.
    public var healthy = 0
    /// Targets unhealthy.
    public var unhealthy = 0
    /// Targets in initial checks.
    public var initial = 0
    /// Targets draining.
    public var draining = 0
    /// Targets unused.
    public var unused = 0
    /// Targets whose health is unavailable.
    public var unavailable = 0
    /// The distinct reasons given for unhealthy targets, sorted.
    public var reasons: [String] = []

    /// Creates empty counts for `zone`.
    public init(zone: String) { self.zone = zone }

    /// Creates counts of healthy and unhealthy targets in `zone` (CloudWatch's two counts).
    public init(zone: String, healthy: Int, unhealthy: Int) {
        self.zone = zone
        self.healthy = healthy
        self.unhealthy = unhealthy
    }

    /// All targets in the zone.
    public var total: Int { healthy + unhealthy + initial + draining + unused + unavailable }

    mutating func add(_ target: TargetStatus) {
        switch target.state {
        case .healthy: healthy += 1
        case .unhealthy: unhealthy += 1
        case .initial: initial += 1
        case .draining: draining += 1
        case .unused: unused += 1
        case .unavailable: unavailable += 1
        }
        if target.state == .unhealthy, let reason = target.reason, !reasons.contains(reason) {
            reasons.append(reason)
            reasons.sort()
        }
    }
}

/// Where a target group's health figures come from.
public enum TargetHealthSource: Sendable, Equatable {
    /// DescribeTargetHealth: every target, with its state and reason.
    case listed
    /// CloudWatch's `HealthyHostCount` and `UnHealthyHostCount` per zone in `minute` (too many
    /// target groups to list each one's targets on every poll): counts only.
    case counted(minute: Date)
    /// Neither: not listed this poll, and CloudWatch had nothing for it.
    case unknown
}

/// One target group of a load balancer with its targets' health.
public struct TargetGroupHealth: Sendable, Equatable {
    /// The target group's name.
    public var name: String
    /// Its ARN.
    public var arn: String
    /// The load balancer's name.
    public var loadBalancerName: String
    /// The load balancer's ARN.
    public var loadBalancerARN: String
    /// The region.
    public var region: String
    /// The targets; empty when the counts came from CloudWatch (`countedMinute`).
    public var targets: [TargetStatus] { didSet { recount() } }
    /// The zones enabled on the load balancer (shown even when they hold no target).
    public var enabledZones: [String] { didSet { recount() } }
    /// Counts per zone, sorted by zone, with `unknown` last: kept with the targets, since every frame reads them.
    public private(set) var zoneCounts: [ZoneTargetCounts] = []
    /// Where the counts come from: every target listed, or CloudWatch's counts at scale.
    public private(set) var source: TargetHealthSource = .listed

    /// Creates a target group record.
    public init(
        name: String, arn: String, loadBalancerName: String, loadBalancerARN: String, region: String,
        targets: [TargetStatus], enabledZones: [String] = []
    ) {
        self.name = name
        self.arn = arn
        self.loadBalancerName = loadBalancerName
        self.loadBalancerARN = loadBalancerARN
        self.region = region
        self.targets = targets
        self.enabledZones = enabledZones
        zoneCounts = Self.zoneCounts(targets: targets, enabledZones: enabledZones)
    }

    /// Creates a target group known by CloudWatch's counts per zone at `minute`, without its targets.
    public init(
        name: String, arn: String, loadBalancerName: String, loadBalancerARN: String, region: String,
        counts: [ZoneTargetCounts], minute: Date, enabledZones: [String] = []
    ) {
        self.init(
            name: name, arn: arn, loadBalancerName: loadBalancerName, loadBalancerARN: loadBalancerARN, region: region,
            targets: [], enabledZones: enabledZones)
        source = .counted(minute: minute)
        var byZone = Dictionary(zoneCounts.map { ($0.zone, $0) }, uniquingKeysWith: { first, _ in first })
        for count in counts { byZone[count.zone] = count }
        zoneCounts = Self.sorted(Array(byZone.values))
    }

    /// Creates a target group whose health is not known: neither listed nor counted.
    public init(unknown name: String, arn: String, loadBalancerName: String, loadBalancerARN: String, region: String) {
        self.init(
            name: name, arn: arn, loadBalancerName: loadBalancerName, loadBalancerARN: loadBalancerARN, region: region,
            targets: [])
        source = .unknown
    }

    /// Healthy targets in every zone.
    public var healthyCount: Int { zoneCounts.reduce(0) { $0 + $1.healthy } }

    private mutating func recount() {
        source = .listed
        zoneCounts = Self.zoneCounts(targets: targets, enabledZones: enabledZones)
    }

    /// Counts per zone, sorted by zone, with `unknown` last.
    static func zoneCounts(targets: [TargetStatus], enabledZones: [String]) -> [ZoneTargetCounts] {
        var byZone: [String: ZoneTargetCounts] = [:]
        for zone in enabledZones { byZone[zone] = ZoneTargetCounts(zone: zone) }
        for target in targets {
            let zone = target.zone ?? "unknown"
            var counts = byZone[zone] ?? ZoneTargetCounts(zone: zone)
            counts.add(target)
            byZone[zone] = counts
        }
        return sorted(Array(byZone.values))
    }

    /// Sorted by zone, with `unknown` last.
    private static func sorted(_ counts: [ZoneTargetCounts]) -> [ZoneTargetCounts] {
        counts.sorted { lhs, rhs in
            (lhs.zone == "unknown" ? 1 : 0, lhs.zone) < (rhs.zone == "unknown" ? 1 : 0, rhs.zone)
        }
    }
}
