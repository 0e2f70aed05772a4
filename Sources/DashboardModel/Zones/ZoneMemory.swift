import Foundation

/// One Availability Zone of one region: zone names are unique across regions, but the region is kept
/// so that several watched regions are remembered apart.
public struct ZoneKey: Sendable, Hashable, Codable, Comparable {
    /// The region, e.g. `us-east-1`.
    public var region: String
    /// The zone, e.g. `us-east-1b`.
    public var zone: String

    /// Creates a key.
    public init(region: String, zone: String) {
        self.region = region
        self.zone = zone
    }

    /// By region, then zone.
    public static func < (lhs: ZoneKey, rhs: ZoneKey) -> Bool { (lhs.region, lhs.zone) < (rhs.region, rhs.zone) }
}

/// What the dashboard remembers of a zone between target health polls: whether it served, and since
/// when it has not.
public struct ZoneMemory: Sendable, Equatable {
    /// Healthy targets at the latest poll that had any; nil while the zone has not been seen serving.
    public internal(set) var servingTargets: Int?
    /// When the zone was first seen without a healthy target after serving; nil while it is not down.
    public internal(set) var downSince: Date?
    /// Healthy targets the zone had before it went down; nil when it was never seen serving.
    public internal(set) var wasTargets: Int?

    /// Whether the zone is down now.
    public var isDown: Bool { downSince != nil }

    /// What changed in one poll, for the timeline.
    enum Change: Equatable {
        /// The zone went down at this poll.
        case wentDown
        /// The zone serves again after being down since the date.
        case servesAgain(downSince: Date, wasTargets: Int?)
    }

    /// Advances the memory with the zone's target counts (summed over the region's target groups) seen at `date`.
    mutating func observe(_ counts: ZoneTargetCounts, at date: Date) -> Change? {
        if counts.healthy > 0 {
            servingTargets = counts.healthy
            guard let since = downSince else { return nil }
            let was = wasTargets
            downSince = nil
            wasTargets = nil
            return .servesAgain(downSince: since, wasTargets: was)
        }
        guard downSince == nil else { return nil }
        // Served before, or failing targets with none healthy at first sight (a dashboard started mid-outage).
        guard servingTargets != nil || counts.unhealthy + counts.draining > 0 else { return nil }
        downSince = date
        wasTargets = servingTargets
        return .wentDown
    }
}
