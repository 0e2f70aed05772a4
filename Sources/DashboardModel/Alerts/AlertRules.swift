import Foundation

/// Evaluates the alert rules over the dashboard's state.
public enum AlertRules {
    /// Every alert that holds at `now`, most severe first, then by resource.
    public static func evaluate(_ state: DashboardState, at now: Date) -> [Alert] {
        let limits = state.thresholds
        var alerts: [Alert] = []
        for group in state.groups.value ?? [] {
            if limits.alertAtCeiling && group.atCeiling {
                alerts.append(
                    Alert(
                        severity: .warning, code: "asg-at-ceiling", resource: group.name,
                        message: "desired \(group.desired) has reached max \(group.max): it cannot scale out"))
            }
            alerts += launchFailureAlerts(group, tallies: state.launchFailureTallies(of: group))
            alerts += ceilingAlerts(group, state: state)
        }
        alerts += vcpuQuotaAlerts(state)
        let down = state.downZones
        alerts += zoneAlerts(state.zones, at: now)
        for targetGroup in state.targetGroups.value ?? [] {
            for zone in targetGroup.zoneCounts where zone.zone != "unknown" {
                let serving = zone.total - zone.unused
                if serving > 0 && zone.healthy == 0 && zone.initial < serving {
                    // A zone down as a whole has its own alert; this one is a target group dead in a zone that still serves.
                    guard !down.contains(ZoneKey(region: targetGroup.region, zone: zone.zone)) else { continue }
                    alerts.append(
                        Alert(
                            severity: .critical, code: "zone-without-healthy-targets", resource: targetGroup.name,
                            message: "\(zone.zone) has no healthy target: \(zone.tally)"))
                } else if zone.unhealthy >= limits.unhealthyTargetsPerZone {
                    let reasons = zone.reasons.isEmpty ? "" : ": " + zone.reasons.joined(separator: ", ")
                    alerts.append(
                        Alert(
                            severity: .warning, code: "unhealthy-targets", resource: targetGroup.name,
                            message: "\(zone.unhealthy) unhealthy in \(zone.zone)\(reasons)"))
                }
            }
        }
        for distribution in state.distributions.value ?? [] {
            if let ratio = distribution.hitRatio.fraction, ratio < limits.hitRatioFloor {
                alerts.append(
                    Alert(
                        severity: .warning, code: "hit-ratio-low", resource: name(distribution),
                        message:
                            "cache hit ratio \(NumberText.fixed(ratio * 100, decimals: 1))% is below \(NumberText.fixed(limits.hitRatioFloor * 100, decimals: 1))%"
                    ))
            }
            if let rate = distribution.errorRate5xx, rate > limits.errorRate5xxCeiling {
                alerts.append(
                    Alert(
                        severity: .critical, code: "5xx-rate-high", resource: name(distribution),
                        message:
                            "5xx rate \(NumberText.fixed(rate * 100, decimals: 2))% is above \(NumberText.fixed(limits.errorRate5xxCeiling * 100, decimals: 2))%"
                    ))
            }
        }
        for (arn, rate) in state.targetGroup5xxRates where rate > limits.errorRate5xxCeiling {
            let name = state.targetGroups.value?.first { $0.arn == arn }?.name ?? arn
            alerts.append(
                Alert(
                    severity: .critical, code: "5xx-rate-high", resource: name,
                    message:
                        "target 5xx rate \(NumberText.fixed(rate * 100, decimals: 2))% is above \(NumberText.fixed(limits.errorRate5xxCeiling * 100, decimals: 2))%"
                ))
        }
        for database in state.databases.value ?? [] {
            if case let .inProgress(startedAt) = database.failover {
                alerts.append(
                    Alert(
                        severity: .critical, code: "failover-in-progress", resource: database.id,
                        message: "failover in progress for \(DurationText.short(now.timeIntervalSince(startedAt)))"))
            }
        }
        alerts += databaseZoneAlerts(state.databases.value ?? [], down: down)
        alerts += credentialAlerts(state, at: now)
        for source in DataSource.allCases {
            if let reason = state.staleReason(source, at: now) {
                alerts.append(Alert(severity: .warning, code: "stale-data", resource: source.title, message: reason))
            }
        }
        return alerts.sorted { lhs, rhs in
            lhs.severity != rhs.severity
                ? lhs.severity > rhs.severity : (lhs.resource, lhs.code) < (rhs.resource, rhs.code)
        }
    }
}
