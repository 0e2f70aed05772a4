import DashboardModel
import Foundation

/// `flightdeck snapshot --format text`: the snapshot as aligned, readable plain text.
public enum SnapshotText {
    /// The text of `document`.
    public static func render(_ document: SnapshotDocument) -> String {
        var out: [String] = []
        let stamp = document.takenAt.formatted(.iso8601)
        out.append(
            "Flightdeck snapshot \(stamp)  account \(document.account ?? "unknown")  regions \(document.regions.joined(separator: ","))"
        )
        if let credentials = document.credentials {
            let until = credentials.renewableUntil.map { " until \($0.formatted(.iso8601))" } ?? ""
            out.append("credentials \(credentials.source)  renewal \(credentials.renewal)\(until)")
        }
        out.append("")
        out.append("ZONES")
        out += table(
            [
                "region", "zone", "condition", "in service", "pending", "sick", "healthy", "unhealthy", "draining",
                "initial",
                "db primary", "db standby", "down since", "was"
            ], document.zones.map(zoneRow))
        out.append("")
        out.append("AUTO SCALING")
        out += table(
            [
                "group", "region", "min", "desired", "max", "in service", "pending", "terminating", "unhealthy",
                "per zone"
            ],
            document.autoScalingGroups.map { group in
                [
                    group.name, group.region, "\(group.min)", "\(group.desired)", "\(group.max)", "\(group.inService)",
                    "\(group.pending)", "\(group.terminating)", "\(group.unhealthy)",
                    group.instancesByZone.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
                        separator: " ")
                ]
            })
        for group in document.autoScalingGroups {
            if let activity = group.activity { out.append("  \(group.name) now: \(activity)") }
            if let forecast = group.forecast {
                out.append(
                    "  \(group.name) reaches max \(group.max) in \(DurationText.approximate(Double(forecast.ceilingInSeconds))) at this ramp (\(forecast.basis))"
                )
            }
            for failure in group.launchFailures {
                out.append(
                    "  \(group.name) launches failed in \(failure.zone ?? "a zone not named"): \(failure.count) in 10 min, cause \(failure.cause.rawValue); latest: \(failure.message)"
                )
            }
        }
        if let quota = document.vcpuQuota {
            let value = quota.quota.map { "\($0)\(quota.source == "aws-default" ? " (AWS default)" : "")" } ?? "unknown"
            let needed = quota.neededAtMax.map { "; the watched groups at max need \($0) more" } ?? ""
            out.append(
                "  vCPU quota in \(quota.region) \(value), in use \(quota.inUse.map(String.init) ?? "unknown")\(needed)"
            )
        }
        out.append("")
        out.append("TARGET HEALTH")
        var rows: [[String]] = []
        for balancer in document.loadBalancers {
            for targetGroup in balancer.targetGroups {
                for zone in targetGroup.zones {
                    rows.append([
                        balancer.name, targetGroup.name, zone.zone, "\(zone.healthy)", "\(zone.unhealthy)",
                        "\(zone.initial)",
                        "\(zone.draining)", "\(zone.unused)", zone.reasons.joined(separator: ",")
                    ])
                }
            }
        }
        out += table(
            [
                "load balancer", "target group", "zone", "healthy", "unhealthy", "initial", "draining", "unused",
                "reasons"
            ], rows)
        out.append("")
        out.append("CLOUDFRONT")
        out += table(
            ["distribution", "domain", "hit ratio", "requests", "5xx rate"],
            document.distributions.map { distribution in
                [
                    distribution.id, distribution.domainName, distribution.hitRatio.map(Text.percent) ?? "unavailable",
                    distribution.requests.map(Text.count) ?? "-", distribution.errorRate5xx.map(Text.percent) ?? "-"
                ]
            })
        for distribution in document.distributions where distribution.hitRatio == nil {
            out.append("  \(distribution.id) hit ratio \(distribution.hitRatioSource)")
        }
        out.append("")
        out.append("RDS")
        out += table(
            ["database", "engine", "status", "multi-AZ", "primary", "standby", "failover"],
            document.databases.map { database in
                [
                    database.id, database.engine, database.status, database.multiAZ ? "yes" : "no",
                    database.primaryZone ?? "-",
                    database.secondaryZone ?? "-", database.failover.state
                ]
            })
        out.append("")
        out.append("COST")
        let cost = document.cost
        out.append("  burn rate \(Text.dollars(cost.burnRatePerHour))/h (prices: \(cost.source.rawValue))")
        out.append("  month to date \(cost.monthToDate.map(Text.dollars) ?? "n/a")")
        out.append("  this dashboard's polling \(Text.dollars(cost.pollingPerDay))/day")
        if !cost.lines.isEmpty {
            out += table(
                ["burn", "count", "unit $/h", "$/h"],
                cost.lines.map { line in
                    [
                        line.item, Text.quantity(line.quantity), Text.unitPrice(line.unitPerHour),
                        Text.dollars(line.perHour)
                    ]
                })
        }
        out.append("")
        out.append("ALERTS")
        out +=
            document.alerts.isEmpty
            ? ["  none"] : document.alerts.map { "  \($0.severity.uppercased()) \($0.resource): \($0.message)" }
        if !document.errors.isEmpty {
            out.append("")
            out.append("ERRORS")
            out += document.errors.map { entry in
                let cost = entry.fact.map { fact in "\(fact) unknown\(entry.scope.map { " in \($0)" } ?? ""): " } ?? ""
                let action = entry.action.map { "\($0) \(entry.kind): " } ?? "\(entry.kind): "
                return "  \(entry.source): \(cost)\(action)\(entry.message)"
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One zone's cells; `-` for what is not known or not there.
    static func zoneRow(_ zone: SnapshotDocument.ZoneEntry) -> [String] {
        func number(_ value: Int?) -> String { value.map(String.init) ?? "-" }
        func names(_ ids: [String]?) -> String { ids.map { $0.isEmpty ? "-" : $0.joined(separator: ",") } ?? "-" }
        return [
            zone.region, zone.zone, zone.condition?.uppercased() ?? "unknown",
            number(zone.instances?.inService), number(zone.instances?.pending), number(zone.instances?.unhealthy),
            number(zone.targets?.healthy), number(zone.targets?.unhealthy), number(zone.targets?.draining),
            number(zone.targets?.initial),
            names(zone.databases?.primary), names(zone.databases?.standby),
            zone.downSince.map { $0.formatted(.iso8601) } ?? "-", number(zone.wasTargets)
        ]
    }

    /// Rows under a header, each column as wide as its widest cell, two spaces apart.
    static func table(_ header: [String], _ rows: [[String]]) -> [String] {
        if rows.isEmpty { return ["  none"] }
        var widths = header.map(CharacterWidth.of)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], CharacterWidth.of(cell))
            }
        }
        func line(_ cells: [String]) -> String {
            var text = " "
            for (index, cell) in cells.enumerated() {
                text += " " + (index == cells.count - 1 ? cell : Text.pad(cell, widths[index]))
            }
            while text.last == " " { text.removeLast() }
            return text
        }
        return [line(header)] + rows.map(line)
    }
}
