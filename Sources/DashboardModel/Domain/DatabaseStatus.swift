import Foundation

/// Where a Multi-AZ failover stands.
public enum FailoverState: Sendable, Equatable, Codable {
    /// No failover seen since the dashboard started.
    case none
    /// A failover is running since `startedAt`.
    case inProgress(startedAt: Date)
    /// The last failover finished; `startedAt` is nil when only its end was seen.
    case completed(startedAt: Date?, completedAt: Date)
    /// The last failover failed or was not attempted.
    case failed(at: Date, reason: String)

    /// `none`, `inProgress`, `completed` or `failed`, for snapshots.
    public var name: String {
        switch self {
        case .none: return "none"
        case .inProgress: return "inProgress"
        case .completed: return "completed"
        case .failed: return "failed"
        }
    }

    /// When it started, if known.
    public var startedAt: Date? {
        switch self {
        case let .inProgress(startedAt): return startedAt
        case let .completed(startedAt, _): return startedAt
        case .none, .failed: return nil
        }
    }

    /// When it completed, if it has.
    public var completedAt: Date? {
        if case let .completed(_, completedAt) = self { return completedAt }
        return nil
    }
}

/// An RDS event relevant to the dashboard (failovers, reboots, status changes).
public struct DatabaseEvent: Sendable, Equatable, Codable {
    /// The DB instance or cluster id it is about.
    public var sourceID: String
    /// When it happened.
    public var date: Date
    /// The event id from the message, e.g. `RDS-EVENT-0013`, when present.
    public var code: String?
    /// AWS's message.
    public var message: String

    /// Creates an event.
    public init(sourceID: String, date: Date, code: String?, message: String) {
        self.sourceID = sourceID
        self.date = date
        self.code = code
        self.message = message
    }
}

/// One RDS instance (or Aurora cluster) and its Multi-AZ state.
public struct DatabaseStatus: Sendable, Equatable, Codable {
    /// The DB instance or cluster identifier.
    public var id: String
    /// The region.
    public var region: String
    /// The engine, e.g. `postgres`, `aurora-mysql`.
    public var engine: String
    /// The instance class, e.g. `db.r5.large`, when known (for cost).
    public var instanceClass: String?
    /// `available`, `rebooting`, `modifying`, `failing-over`, ...
    public var status: String
    /// Whether it is Multi-AZ.
    public var multiAZ: Bool
    /// The zone of the primary (writer).
    public var primaryZone: String?
    /// The zone of the standby, when AWS reports it.
    public var secondaryZone: String?
    /// Whether this is an Aurora cluster (members listed in `members`).
    public var isCluster: Bool
    /// Aurora members: id and whether it is the writer.
    public var members: [ClusterMember]
    /// The failover state the dashboard derived.
    public var failover: FailoverState

    /// Creates a database record.
    public init(
        id: String, region: String, engine: String, instanceClass: String? = nil, status: String, multiAZ: Bool,
        primaryZone: String?, secondaryZone: String?, isCluster: Bool = false, members: [ClusterMember] = [],
        failover: FailoverState = .none
    ) {
        self.id = id
        self.region = region
        self.engine = engine
        self.instanceClass = instanceClass
        self.status = status
        self.multiAZ = multiAZ
        self.primaryZone = primaryZone
        self.secondaryZone = secondaryZone
        self.isCluster = isCluster
        self.members = members
        self.failover = failover
    }
}

/// One member of an Aurora cluster.
public struct ClusterMember: Sendable, Equatable, Codable {
    /// The DB instance id.
    public var id: String
    /// Whether it is the writer.
    public var isWriter: Bool
    /// Its promotion tier (lower is promoted first).
    public var promotionTier: Int?

    /// Creates a member record.
    public init(id: String, isWriter: Bool, promotionTier: Int? = nil) {
        self.id = id
        self.isWriter = isWriter
        self.promotionTier = promotionTier
    }
}
