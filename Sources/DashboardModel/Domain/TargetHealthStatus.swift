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

    /// Parses ELBv2's lower-case state names; unknown values count as `unavailable`.
    public init(awsState: String) {
        self = TargetState(rawValue: awsState.lowercased()) ?? .unavailable
    }
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
    public init(id: String, port: Int? = nil, zone: String?, state: TargetState, reason: String? = nil, detail: String? = nil) {
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
    /// The targets.
    public var targets: [TargetStatus] { didSet { zoneCounts = Self.zoneCounts(targets: targets, enabledZones: enabledZones) } }
    /// The zones enabled on the load balancer (shown even when they hold no target).
    public var enabledZones: [String] { didSet { zoneCounts = Self.zoneCounts(targets: targets, enabledZones: enabledZones) } }
    /// Counts per zone, sorted by zone, with `unknown` last: kept with the targets, since every frame reads them.
    public private(set) var zoneCounts: [ZoneTargetCounts] = []

    /// Creates a target group record.
    public init(name: String, arn: String, loadBalancerName: String, loadBalancerARN: String, region: String,
                targets: [TargetStatus], enabledZones: [String] = []) {
        self.name = name
        self.arn = arn
        self.loadBalancerName = loadBalancerName
        self.loadBalancerARN = loadBalancerARN
        self.region = region
        self.targets = targets
        self.enabledZones = enabledZones
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
        return byZone.values.sorted { lhs, rhs in
            (lhs.zone == "unknown" ? 1 : 0, lhs.zone) < (rhs.zone == "unknown" ? 1 : 0, rhs.zone)
        }
    }
}
