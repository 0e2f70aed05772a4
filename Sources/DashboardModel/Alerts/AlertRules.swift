import Foundation

/// Evaluates the alert rules over the dashboard's state.
public enum AlertRules {
    /// Every alert that holds at `now`, most severe first, then by resource.
    public static func evaluate(_ state: DashboardState, at now: Date) -> [Alert] {
        let limits = state.thresholds
        var alerts: [Alert] = []
        for group in state.groups.value ?? [] {
            if limits.alertAtCeiling && group.atCeiling {
                alerts.append(Alert(resource: group.name, .atCeiling(desired: group.desired, max: group.max)))
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
                    alerts.append(Alert(resource: targetGroup.name, .zoneWithoutHealthyTargets(zone)))
                } else if zone.unhealthy >= limits.unhealthyTargetsPerZone {
                    alerts.append(Alert(resource: targetGroup.name, .unhealthyTargets(zone)))
                }
            }
        }
        for distribution in state.distributions.value ?? [] {
            if let ratio = distribution.hitRatio.fraction, ratio < limits.hitRatioFloor {
                alerts.append(
                    Alert(resource: name(distribution), .hitRatioLow(ratio: ratio, floor: limits.hitRatioFloor)))
            }
            if let rate = distribution.errorRate5xx, rate > limits.errorRate5xxCeiling {
                alerts.append(
                    Alert(
                        resource: name(distribution),
                        .errorRateHigh(.distribution, rate: rate, ceiling: limits.errorRate5xxCeiling)))
            }
        }
        for (arn, rate) in state.targetGroup5xxRates where rate > limits.errorRate5xxCeiling {
            let name = state.targetGroups.value?.first { $0.arn == arn }?.name ?? arn
            alerts.append(
                Alert(resource: name, .errorRateHigh(.targetGroup, rate: rate, ceiling: limits.errorRate5xxCeiling)))
        }
        for database in state.databases.value ?? [] {
            if case let .inProgress(startedAt) = database.failover {
                alerts.append(
                    Alert(resource: database.id, .failoverInProgress(runningFor: now.timeIntervalSince(startedAt))))
            }
        }
        alerts += databaseZoneAlerts(state.databases.value ?? [], down: down)
        alerts += credentialAlerts(state, at: now)
        for source in DataSource.allCases {
            if let staleness = state.staleness(source, at: now) {
                alerts.append(Alert(resource: source.title, .staleData(source, staleness)))
            }
        }
        return alerts.sorted { lhs, rhs in
            lhs.severity != rhs.severity
                ? lhs.severity > rhs.severity : (lhs.resource, lhs.code) < (rhs.resource, rhs.code)
        }
    }
}
