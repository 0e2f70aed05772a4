import Foundation

extension Alert {
    /// What an alert says holds, one case per code, with the facts its words are made of.
    ///
    /// Durations are measured when the rules run (at the state's clock), so an alert's words are the
    /// same wherever it is shown: the screen, the snapshot, a desktop notification.
    public enum Condition: Sendable, Equatable {
        /// `asg-at-ceiling`: desired capacity has reached the group's max.
        case atCeiling(desired: Int, max: Int)
        /// `asg-ceiling-soon`: desired reaches max within ten minutes at the ramp `forecast` fits.
        case ceilingSoon(desired: Int, max: Int, forecast: CeilingForecast)
        /// `asg-ceiling-starved`: at max with the group's CPU above the target of its target-tracking `policy`.
        case ceilingStarved(max: Int, cpu: Double, target: Double, policy: String)
        /// `launch-failures`: launches EC2 refused in one zone for one cause, counted over `window` seconds.
        case launchFailures(LaunchFailureTally, window: TimeInterval)
        /// `vcpu-quota-short`: the region's Standard vCPU quota cannot hold the watched groups at max.
        case vcpuQuotaShort(quota: Int, source: VCPUQuotaReading.Source?, inUse: Int, neededAtMax: Int, over: Int)
        /// `zone-down`: no healthy target for `downFor` seconds; the healthy targets it had when seen
        /// serving, and what is there now (nil: target health unknown).
        case zoneDown(downFor: TimeInterval, hadHealthy: Int?, targets: ZoneTargetCounts?)
        /// `zone-without-healthy-targets`: a target group dead in a zone that still serves.
        case zoneWithoutHealthyTargets(ZoneTargetCounts)
        /// `unhealthy-targets`: a zone of a target group with unhealthy targets, at or above the threshold.
        case unhealthyTargets(ZoneTargetCounts)
        /// `hit-ratio-low`: a distribution's cache hit ratio below the floor (both fractions).
        case hitRatioLow(ratio: Double, floor: Double)
        /// `5xx-rate-high`: the share of 5xx replies above the ceiling (both fractions).
        case errorRateHigh(ErrorRateScope, rate: Double, ceiling: Double)
        /// `failover-in-progress`: a database failover running for `runningFor` seconds.
        case failoverInProgress(runningFor: TimeInterval)
        /// `db-primary-zone-down`: the primary is in a down zone; without Multi-AZ there is no standby.
        case primaryZoneDown(zone: String, multiAZ: Bool)
        /// `db-standby-zone-down`: the Multi-AZ standby is in a down zone.
        case standbyZoneDown(zone: String)
        /// `credentials-ending`: renewal by a person ends in `renewableFor` seconds.
        case credentialsEnding(CredentialStatus.Renewal, renewableFor: TimeInterval)
        /// `credentials-ended`: renewal ended `endedAgo` seconds ago; the credentials in hand expire in
        /// `inHandLeft` seconds (negative: expired that long ago; nil: no known expiry).
        case credentialsEnded(CredentialStatus.Renewal, endedAgo: TimeInterval, inHandLeft: TimeInterval?)
        /// `credentials-refused`: AWS or the chain refuses credentials a person must renew, with no known end.
        case credentialsRefused(CredentialStatus.Renewal)
        /// `stale-data`: a source's data is stale, and why.
        case staleData(DataSource, Staleness)

        /// The stable code scripts read, e.g. `zone-down`.
        public var code: String {
            switch self {
            case .atCeiling: "asg-at-ceiling"
            case .ceilingSoon: "asg-ceiling-soon"
            case .ceilingStarved: "asg-ceiling-starved"
            case .launchFailures: "launch-failures"
            case .vcpuQuotaShort: "vcpu-quota-short"
            case .zoneDown: "zone-down"
            case .zoneWithoutHealthyTargets: "zone-without-healthy-targets"
            case .unhealthyTargets: "unhealthy-targets"
            case .hitRatioLow: "hit-ratio-low"
            case .errorRateHigh: "5xx-rate-high"
            case .failoverInProgress: "failover-in-progress"
            case .primaryZoneDown: "db-primary-zone-down"
            case .standbyZoneDown: "db-standby-zone-down"
            case .credentialsEnding: "credentials-ending"
            case .credentialsEnded: "credentials-ended"
            case .credentialsRefused: "credentials-refused"
            case .staleData: "stale-data"
            }
        }

        /// How bad it is: critical when something fails or cannot act now, else a warning.
        public var severity: Severity {
            switch self {
            case .ceilingStarved, .launchFailures, .zoneDown, .zoneWithoutHealthyTargets, .errorRateHigh,
                .failoverInProgress, .primaryZoneDown, .credentialsEnded, .credentialsRefused:
                .critical
            case .atCeiling, .ceilingSoon, .vcpuQuotaShort, .unhealthyTargets, .hitRatioLow, .standbyZoneDown,
                .credentialsEnding, .staleData:
                .warning
            }
        }
    }

    /// Whose 5xx replies an `errorRateHigh` alert counts.
    public enum ErrorRateScope: Sendable, Equatable {
        /// A CloudFront distribution's.
        case distribution
        /// A target group's targets', over its requests.
        case targetGroup
    }
}
