/// The Multi-AZ RDS instance: where its primary and standby run, and any failover in progress.
public struct DatabaseInstance: Sendable, Equatable, Codable {
    /// The instance identifier.
    public var identifier: String
    /// `available`, or `rebooting` while a forced failover runs.
    public var status: String = "available"
    /// The primary's availability zone.
    public var primaryZone: String
    /// The standby's availability zone.
    public var standbyZone: String
    /// When the running failover completes (simulated seconds); nil when none runs.
    public var failoverEndsAt: Double?
    /// When the rebuild of a standby lost with its zone completes (simulated seconds); nil while the standby is in place.
    public var standbyRecoveryEndsAt: Double?
    /// The zone the standby is being rebuilt in.
    public var standbyRecoveryZone: String?
    /// Events of this instance, oldest first.
    public var events: [DatabaseEventRecord] = []

    /// Creates an available instance.
    public init(identifier: String, primaryZone: String, standbyZone: String) {
        self.identifier = identifier
        self.primaryZone = primaryZone
        self.standbyZone = standbyZone
    }

    /// Whether a failover is running now.
    public var isFailingOver: Bool { failoverEndsAt != nil }
}

/// One RDS event, as `DescribeEvents` reports it.
public struct DatabaseEventRecord: Sendable, Equatable, Codable {
    /// The source's identifier.
    public var sourceIdentifier: String
    /// `db-instance`.
    public var sourceType: String = "db-instance"
    /// The event's message.
    public var message: String
    /// The categories, e.g. `["failover"]`.
    public var categories: [String]
    /// When it happened (simulated seconds).
    public var time: Double
    /// The event id, e.g. `RDS-EVENT-0013`.
    public var eventID: String
}
