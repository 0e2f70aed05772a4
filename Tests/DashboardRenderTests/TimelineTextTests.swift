import DashboardModel
import DashboardRender
import Foundation
import Testing

/// A timeline line's words and colour come from what happened, never from reading its words back.
@Suite struct TimelineTextTests {
    let at = Date(timeIntervalSince1970: 1_800_000_000)

    func counts(healthy: Int, unhealthy: Int) -> ZoneTargetCounts {
        var counts = ZoneTargetCounts(zone: "us-east-1b")
        counts.healthy = healthy
        counts.unhealthy = unhealthy
        return counts
    }

    @Test func eachEntryHasItsWordsAndItsColour() {
        let launching = ScalingActivity(
            id: "a", description: "Launching a new EC2 instance: i-9", cause: "", status: .successful,
            startTime: at)
        var failed = launching
        failed.status = .failed
        let capacity = LaunchFailure(
            activityID: "a", group: "web-asg", region: "us-east-1", zone: "us-east-1c", cause: .capacity,
            instanceType: "m5.large", message: "", at: at)
        let cases: [(TimelineEntry, String, StyleRole)] = [
            (.scalingActivity(launching, launchFailure: nil), "Successful: Launching a new EC2 instance: i-9", .normal),
            (
                .scalingActivity(failed, launchFailure: capacity),
                "Failed, no m5.large capacity in us-east-1c: Launching a new EC2 instance: i-9", .critical
            ),
            (
                .health(target: "i-0", zone: "us-east-1b", from: .healthy, to: .unhealthy, reason: "Target.Timeout"),
                "i-0 in us-east-1b: healthy → unhealthy (Target.Timeout)", .critical
            ),
            (
                .health(target: "i-0", zone: nil, from: .unhealthy, to: .healthy, reason: nil),
                "i-0 in ?: unhealthy → healthy", .normal
            ),
            (
                .zoneDown(counts(healthy: 0, unhealthy: 3), hadHealthy: 3),
                "serves nothing: 0 healthy, 3 unhealthy (had 3 healthy)", .normal
            ),
            (
                .zoneServesAgain(downFor: 900, counts(healthy: 1, unhealthy: 0), hadHealthy: 3),
                "serves again after 15m00s down: 1 healthy (had 3 before)", .normal
            ),
            (
                .databaseEvent(
                    DatabaseEvent(
                        sourceID: "shop-db", date: at, code: "RDS-EVENT-0013",
                        message: "Multi-AZ instance failover started.")),
                "RDS-EVENT-0013 Multi-AZ instance failover started.", .warning
            ),
            (
                .databaseEvent(
                    DatabaseEvent(
                        sourceID: "shop-db", date: at, code: "RDS-EVENT-0002", message: "Finished DB Instance backup")),
                "RDS-EVENT-0002 Finished DB Instance backup", .normal
            ),
            (
                .failover(.inProgress(startedAt: at), primaryZone: "us-east-1a", standbyZone: "us-east-1b"),
                "failover inProgress: primary us-east-1a, standby us-east-1b", .warning
            ),
            (
                .alarm(name: "web-5xx", state: .alarm, reason: "Threshold Crossed"),
                "→ ALARM web-5xx: Threshold Crossed", .critical
            ),
            (.alarm(name: "web-5xx", state: .ok, reason: nil), "→ OK web-5xx", .ok),
            (
                .sourceFailing(SourceFailure(kind: .throttled, message: "Throttling: Rate exceeded")),
                "failing: Throttling: Rate exceeded", .warning
            ),
            (.sourceRecovered, "recovered", .ok),
            (
                .scaled(
                    .applied,
                    detail: .applied(
                        from: ScalingLimits(min: 2, max: 20, desired: 4), to: ScalingLimits(min: 2, max: 20, desired: 6)
                    )),
                "applied: min 2 desired 4 max 20 → min 2 desired 6 max 20", .accent
            ),
            (
                .regionsSwitched(to: ["eu-west-1"], from: ["us-east-1"]),
                "watching eu-west-1 (was us-east-1); figures start again", .accent
            ),
            (
                .fault(FaultRequest(kind: "az-outage", argument: "us-east-1b"), .injected(at: at)),
                "fault az-outage us-east-1b: injected", .accent
            ),
            (.fault(FaultRequest(kind: "nope"), .refused("unknown kind")), "fault nope: refused: unknown kind", .accent)
        ]
        for (entry, words, role) in cases {
            #expect(TimelineText.message(entry) == words)
            #expect(TimelineText.role(entry) == role, "\(words)")
        }
    }
}
