/// A JSON-friendly picture of the world at one moment, served at `GET /_sim/state`.
public struct SimulationSnapshot: Sendable, Equatable, Codable {
    /// Simulated seconds since the launch started.
    public var time: Double
    /// The simulated date, ISO 8601.
    public var date: String
    /// Traffic and load of the last second.
    public var load: LoadSnapshot
    /// The Auto Scaling group.
    public var group: Group
    /// The database.
    public var database: Database
    /// The distribution.
    public var distribution: DistributionState
    /// Zones in an outage, with the simulated second it ends.
    public var zoneOutages: [String: Double]
    /// Zones without capacity of the instance type, with the simulated second it returns.
    public var capacityShortages: [String: Double] = [:]
    /// The vCPU quota launches are held to; nil when none is imposed.
    public var vcpuQuota: Int?
    /// USD accrued per service, all days together.
    public var costs: [String: Double]
    /// Faults applied so far.
    public var faults: [FaultRecord]
    /// Scheduled actions waiting for their time.
    public var scheduledActions: [ScheduledAction] = []
    /// Suspended processes by group name.
    public var suspendedProcesses: [String: [SuspendedProcess]] = [:]

    /// The group's bounds and members.
    public struct Group: Sendable, Equatable, Codable {
        /// The group's name.
        public var name: String
        /// Minimum size.
        public var minSize: Int
        /// Maximum size.
        public var maxSize: Int
        /// Desired capacity.
        public var desiredCapacity: Int
        /// The instances the group lists.
        public var instances: [Member]
        /// How many activities the history holds.
        public var activityCount: Int
    }

    /// One instance as the state report shows it.
    public struct Member: Sendable, Equatable, Codable {
        /// Instance id.
        public var id: String
        /// Availability zone.
        public var zone: String
        /// ASG lifecycle state.
        public var lifecycle: String
        /// ASG health status.
        public var health: String
        /// ALB target state, or nil when not registered.
        public var targetState: String?
        /// CPU percent.
        public var cpu: Double
    }

    /// The database as the state report shows it.
    public struct Database: Sendable, Equatable, Codable {
        /// Identifier.
        public var identifier: String
        /// Status.
        public var status: String
        /// Primary's zone.
        public var primaryZone: String
        /// Standby's zone.
        public var standbyZone: String
        /// Event ids so far, oldest first.
        public var eventIDs: [String]
    }

    /// The distribution as the state report shows it.
    public struct DistributionState: Sendable, Equatable, Codable {
        /// Distribution id.
        public var id: String
        /// Cache hit ratio, 0…1.
        public var hitRatio: Double
    }
}

extension LaunchDayModel {
    /// The world now, as a snapshot.
    public var snapshot: SimulationSnapshot {
        var costTotals: [String: Double] = [:]
        for services in costs.days.values {
            for (name, amount) in services { costTotals[name, default: 0] += amount }
        }
        return SimulationSnapshot(
            time: now, date: timestamp(now), load: load,
            group: .init(
                name: group.name, minSize: group.minSize, maxSize: group.maxSize,
                desiredCapacity: group.desiredCapacity,
                instances: group.listedInstances.map {
                    .init(
                        id: $0.id, zone: $0.zone, lifecycle: $0.lifecycle.rawValue, health: $0.health.rawValue,
                        targetState: $0.target?.state.rawValue, cpu: $0.cpu)
                },
                activityCount: group.activities.count),
            database: .init(
                identifier: database.identifier, status: database.status, primaryZone: database.primaryZone,
                standbyZone: database.standbyZone, eventIDs: database.events.map(\.eventID)),
            distribution: .init(id: distribution.id, hitRatio: distribution.hitRatio),
            zoneOutages: zoneOutages, capacityShortages: capacityShortages, vcpuQuota: vcpuQuota, costs: costTotals,
            faults: faults,
            scheduledActions: scheduledActions(of: nil), suspendedProcesses: suspendedProcesses)
    }
}
