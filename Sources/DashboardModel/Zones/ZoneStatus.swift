import Foundation

/// The databases with their primary or standby in one zone.
public struct ZoneDatabases: Sendable, Equatable, Codable {
    /// Databases whose primary (writer) is in the zone, by id.
    public var primary: [String] = []
    /// Multi-AZ databases whose standby is in the zone, by id.
    public var standby: [String] = []

    /// Creates an empty list.
    public init(primary: [String] = [], standby: [String] = []) {
        self.primary = primary
        self.standby = standby
    }
}

/// Launches that failed in one zone within the recent window (`DashboardState.launchFailureWindow`).
public struct ZoneLaunchFailures: Sendable, Equatable, Codable {
    /// Failed or cancelled launches in the zone within the window.
    public var count: Int
    /// AWS's status message of the latest one.
    public var lastMessage: String?
    /// When the latest one ended.
    public var lastAt: Date?

    /// Creates a tally.
    public init(count: Int, lastMessage: String? = nil, lastAt: Date? = nil) {
        self.count = count
        self.lastMessage = lastMessage
        self.lastAt = lastAt
    }
}

/// One Availability Zone across the panels: instances, targets, databases and its remembered condition.
public struct ZoneStatus: Sendable, Equatable {
    /// The region and zone.
    public var key: ZoneKey
    /// The condition; nil while no target health has been seen for the zone's region.
    public var condition: ZoneCondition?
    /// Instances of the region's Auto Scaling groups in the zone; nil while groups have not loaded.
    public var instances: ZoneInstanceCounts?
    /// Targets of the region's target groups in the zone; nil while target health has not loaded.
    public var targets: ZoneTargetCounts?
    /// Databases with their primary or standby here; nil while databases have not loaded.
    public var databases: ZoneDatabases?
    /// Since when the zone has served nothing, while it is down.
    public var downSince: Date?
    /// Healthy targets the zone had before it went down, when it was seen serving.
    public var wasTargets: Int?
    /// Failed launches in the zone within the recent window; nil when none failed there.
    public var failedLaunches: ZoneLaunchFailures?

    /// The region, e.g. `us-east-1`.
    public var region: String { key.region }
    /// The zone, e.g. `us-east-1b`.
    public var zone: String { key.zone }

    /// Creates a zone's status.
    public init(
        key: ZoneKey, condition: ZoneCondition?, instances: ZoneInstanceCounts?, targets: ZoneTargetCounts?,
        databases: ZoneDatabases?, downSince: Date? = nil, wasTargets: Int? = nil,
        failedLaunches: ZoneLaunchFailures? = nil
    ) {
        self.key = key
        self.condition = condition
        self.instances = instances
        self.targets = targets
        self.databases = databases
        self.downSince = downSince
        self.wasTargets = wasTargets
        self.failedLaunches = failedLaunches
    }
}
