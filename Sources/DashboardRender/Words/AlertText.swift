import DashboardModel
import Foundation

/// An alert's words, made from its condition: the same on the screen, in the snapshot and in a
/// desktop notification.
public enum AlertText {
    /// `CRITICAL web-tg: us-east-1a has no healthy target: 0 healthy, 3 unhealthy`.
    public static func line(_ alert: Alert) -> String {
        "\(alert.severity.rawValue.uppercased()) \(alert.resource): \(words(alert))"
    }

    /// What holds, in one line: `failover in progress for 42s`.
    public static func words(_ alert: Alert) -> String {
        words(alert.condition)
    }

    /// The words of `condition`.
    public static func words(_ condition: Alert.Condition) -> String {
        switch condition {
        case let .atCeiling(desired, max):
            return "desired \(desired) has reached max \(max): it cannot scale out"
        case let .ceilingSoon(desired, max, forecast):
            return
                "desired \(desired) reaches max \(max) in \(DurationText.approximate(forecast.ceilingInSeconds)) at this ramp (\(forecast.fromDesired) to \(forecast.toDesired) in \(DurationText.short(forecast.overSeconds)))"
        case let .ceilingStarved(max, cpu, target, policy):
            return
                "at max \(max) with CPU \(percent(cpu, decimals: 0)) above the \(percent(target, decimals: 0)) target of \(policy): the policy wants more and cannot have it"
        case let .launchFailures(tally, window):
            let launches = tally.count == 1 ? "1 launch" : "\(tally.count) launches"
            let zone = tally.zone.map { " in \($0)" } ?? ""
            return
                "\(launches) failed\(zone) in \(Int(window / 60)) min: \(tally.phrase) (\(tally.cause.rawValue))"
        case let .vcpuQuotaShort(quota, source, inUse, needed, over):
            let from = source == .awsDefault ? " (AWS default)" : ""
            return
                "vCPU quota \(quota)\(from), in use \(inUse); the watched groups at max need \(needed) more: \(over) over the quota"
        case let .zoneDown(downFor, hadHealthy, targets):
            let had = hadHealthy.map { " (had \($0) healthy)" } ?? ""
            return
                "no healthy target for \(DurationText.short(downFor))\(had): \(targets?.tally ?? "target health unknown")"
        case let .zoneWithoutHealthyTargets(zone):
            return "\(zone.zone) has no healthy target: \(zone.tally)"
        case let .unhealthyTargets(zone):
            let reasons = zone.reasons.isEmpty ? "" : ": " + zone.reasons.joined(separator: ", ")
            return "\(zone.unhealthy) unhealthy in \(zone.zone)\(reasons)"
        case let .hitRatioLow(ratio, floor):
            return
                "cache hit ratio \(percent(ratio * 100, decimals: 1)) is below \(percent(floor * 100, decimals: 1))"
        case let .errorRateHigh(scope, rate, ceiling):
            let what = scope == .targetGroup ? "target 5xx rate" : "5xx rate"
            return "\(what) \(percent(rate * 100, decimals: 2)) is above \(percent(ceiling * 100, decimals: 2))"
        case let .failoverInProgress(runningFor):
            return "failover in progress for \(DurationText.short(runningFor))"
        case let .primaryZoneDown(zone, multiAZ):
            return "primary in \(zone), which is down\(multiAZ ? "" : "; single-AZ, no standby to fail over to")"
        case let .standbyZoneDown(zone):
            return "standby in \(zone), which is down"
        case let .credentialsEnding(renewal, renewableFor):
            return
                "\(renewal.sourceWords) can be renewed for \(DurationText.approximate(renewableFor)) more: \(renewal.remedy)"
        case let .credentialsEnded(renewal, endedAgo, inHandLeft):
            return
                "\(renewal.sourceWords) ended \(DurationText.approximate(endedAgo)) ago: \(renewal.remedy); \(inHand(inHandLeft))"
        case let .credentialsRefused(renewal):
            return "the credentials from \(renewal.sourceWords) are refused: \(renewal.remedy)"
        case let .staleData(_, staleness):
            return StalenessText.words(staleness)
        }
    }

    /// How long the credentials in hand still sign: `the credentials in hand expire in ~35 min`.
    static func inHand(_ left: TimeInterval?) -> String {
        guard let left else { return "the credentials in hand have no known expiry" }
        return left > 0
            ? "the credentials in hand expire in \(DurationText.approximate(left))"
            : "the credentials in hand expired \(DurationText.approximate(-left)) ago"
    }

    /// `85%`, `62.5%`: a percentage with `decimals` digits after the point.
    static func percent(_ value: Double, decimals: Int) -> String {
        "\(NumberText.fixed(value, decimals: decimals))%"
    }
}
