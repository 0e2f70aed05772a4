/// Something the operator should look at now: a condition that holds, and the resource it holds for.
///
/// An alert carries facts, never words: `DashboardRender`'s `AlertText` words its condition.
public struct Alert: Sendable, Equatable {
    /// How bad it is.
    public enum Severity: String, Sendable, Equatable, Codable, Comparable {
        /// Worth a look.
        case warning
        /// Act now.
        case critical

        /// Warnings sort before critical alerts.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .critical }
    }

    /// The resource it is about, e.g. a target group or database name.
    public var resource: String
    /// What holds, with its facts.
    public var condition: Condition

    /// Creates an alert of `condition` about `resource`.
    public init(resource: String, _ condition: Condition) {
        self.resource = resource
        self.condition = condition
    }

    /// How bad it is: each condition has its own severity.
    public var severity: Severity { condition.severity }
    /// A stable code, e.g. `zone-without-healthy-targets`, for scripts.
    public var code: String { condition.code }
}

/// The thresholds alerts fire at; each stack in the config can set its own.
public struct AlertThresholds: Sendable, Equatable, Codable {
    /// Alert when at least this many targets are unhealthy in one zone.
    public var unhealthyTargetsPerZone: Int
    /// Alert when the cache hit ratio falls below this fraction.
    public var hitRatioFloor: Double
    /// Alert when the 5xx error rate rises above this fraction.
    public var errorRate5xxCeiling: Double
    /// Alert when a group's desired capacity reaches its maximum.
    public var alertAtCeiling: Bool
    /// Data counts as stale after this many poll intervals without an update.
    public var staleAfterIntervals: Double

    /// Creates thresholds; the defaults suit a launch day.
    public init(
        unhealthyTargetsPerZone: Int = 1, hitRatioFloor: Double = 0.80, errorRate5xxCeiling: Double = 0.05,
        alertAtCeiling: Bool = true, staleAfterIntervals: Double = 3
    ) {
        self.unhealthyTargetsPerZone = unhealthyTargetsPerZone
        self.hitRatioFloor = hitRatioFloor
        self.errorRate5xxCeiling = errorRate5xxCeiling
        self.alertAtCeiling = alertAtCeiling
        self.staleAfterIntervals = staleAfterIntervals
    }
}
