import Foundation

extension AlertRules {
    /// A zone that is down (critical for as long as it is), with what is there now and what it had.
    static func zoneAlerts(_ zones: [ZoneStatus], at now: Date) -> [Alert] {
        zones.compactMap { zone in
            guard zone.condition == .down, let since = zone.downSince else { return nil }
            return Alert(
                resource: zone.zone,
                .zoneDown(downFor: now.timeIntervalSince(since), hadHealthy: zone.wasTargets, targets: zone.targets))
        }
    }

    /// A database whose primary is in a down zone (critical unless a failover is running, which has its
    /// own alert) or whose Multi-AZ standby is (warning: the protection is gone).
    static func databaseZoneAlerts(_ databases: [DatabaseStatus], down: Set<ZoneKey>) -> [Alert] {
        var alerts: [Alert] = []
        for database in databases {
            if let primary = database.primaryZone, down.contains(ZoneKey(region: database.region, zone: primary)) {
                if case .inProgress = database.failover {
                } else {
                    alerts.append(
                        Alert(resource: database.id, .primaryZoneDown(zone: primary, multiAZ: database.multiAZ)))
                }
            }
            if database.multiAZ, let standby = database.secondaryZone,
                down.contains(ZoneKey(region: database.region, zone: standby))
            {
                alerts.append(Alert(resource: database.id, .standbyZoneDown(zone: standby)))
            }
        }
        return alerts
    }

    /// A distribution as the operator knows it: its domain name, with its id.
    static func name(_ distribution: DistributionStatus) -> String {
        "\(distribution.domainName) (\(distribution.id))"
    }
}
