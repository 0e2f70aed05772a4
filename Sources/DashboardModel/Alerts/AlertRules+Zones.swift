import Foundation

extension AlertRules {
    /// A zone that is down (critical for as long as it is), with what is there now and what it had.
    static func zoneAlerts(_ zones: [ZoneStatus], at now: Date) -> [Alert] {
        zones.compactMap { zone in
            guard zone.condition == .down, let since = zone.downSince else { return nil }
            let had = zone.wasTargets.map { " (had \($0) healthy)" } ?? ""
            let there = zone.targets?.tally ?? "target health unknown"
            return Alert(
                severity: .critical, code: "zone-down", resource: zone.zone,
                message: "no healthy target for \(DurationText.short(now.timeIntervalSince(since)))\(had): \(there)")
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
                    let standby = database.multiAZ ? "" : "; single-AZ, no standby to fail over to"
                    alerts.append(
                        Alert(
                            severity: .critical, code: "db-primary-zone-down", resource: database.id,
                            message: "primary in \(primary), which is down\(standby)"))
                }
            }
            if database.multiAZ, let standby = database.secondaryZone,
                down.contains(ZoneKey(region: database.region, zone: standby))
            {
                alerts.append(
                    Alert(
                        severity: .warning, code: "db-standby-zone-down", resource: database.id,
                        message: "standby in \(standby), which is down"))
            }
        }
        return alerts
    }

    /// A distribution as the operator knows it: its domain name, with its id.
    static func name(_ distribution: DistributionStatus) -> String {
        "\(distribution.domainName) (\(distribution.id))"
    }
}
