import DashboardModel
import DashboardRender
import Foundation
import Testing

/// The words of scaling plans, their warnings and the notices, made from typed values.
@Suite struct ScalingWordsTests {
    let group = AutoScalingGroupStatus(
        name: "web-asg", region: "us-east-1", min: 2, max: 20, desired: 6, zones: ["us-east-1a"],
        instances: (0..<6).map {
            InstanceStatus(
                id: "i-\($0)", zone: "us-east-1a", lifecycle: .inService, healthy: true, instanceType: "m5.large")
        },
        activities: [], policies: [ScalingPolicySummary(name: "cpu70", type: .targetTracking)])

    @Test func aPlanReadsBeforeAndAfterInstancesCostAndWarnings() {
        let plan = ScalingPlanner.plan(ScalingRequest(group: "web-asg", desired: 9), group: group, prices: .bundled)
        #expect(
            ScalingPlanText.lines(plan) == [
                "web-asg (us-east-1)", "  min 2", "  desired 6 → 9", "  max 20", "launches 3 instances",
                "cost +$0.288/h", "warning: policy cpu70 (TargetTrackingScaling) will move desired capacity again"
            ])
        let refused = ScalingPlanner.plan(
            ScalingRequest(group: "web-asg", min: 8, max: 4), group: group, prices: .bundled)
        #expect(ScalingPlanText.lines(refused).contains("cannot apply: min 8 is above max 4"))
    }

    @Test func aPlanSaysTheRoomInTheVCPUQuota() {
        let room = ScalingPlan.QuotaRoom(
            instanceType: "m5.large", vcpusPerInstance: 2, quota: 64, inUse: 38, source: .applied)
        let plan = ScalingPlanner.plan(
            ScalingRequest(group: "web-asg", desired: 20), group: group, prices: .bundled, quotaRoom: room)
        #expect(ScalingPlanText.lines(plan).contains("vCPU quota 64, in use 38: 13 more m5.large fit"))
        #expect(
            ScalingPlanText.lines(plan).contains(
                "warning: the vCPU quota holds 13 more m5.large, not 14: EC2 refuses the other 1 launches"))
    }

    @Test func anUncheckedQuotaNamesTheCallThatFailed() {
        let denied = MissingFact(
            fact: .vcpuQuota, scope: "us-east-1",
            failure: SourceFailure(
                kind: .accessDenied, message: "not authorized", action: "servicequotas:GetServiceQuota"))
        #expect(
            ScalingPlanText.quotaUnchecked([denied]) == [
                "vCPU quota not checked: servicequotas:GetServiceQuota denied: not authorized"
            ])
        #expect(ScalingPlanText.quotaUnchecked([]).isEmpty)
    }

    @Test func warningsSayWhatTheyHold() {
        let moved = ScalingWarning.movedSinceDialog(
            group: "web-asg", from: ScalingLimits(min: 2, max: 20, desired: 6),
            to: ScalingLimits(min: 2, max: 20, desired: 9), by: .policy("cpu70"))
        #expect(
            ScalingPlanText.warning(moved)
                == "web-asg moved from min 2 desired 6 max 20 to min 2 desired 9 max 20 (by policy cpu70); this is the same change against it, offered again"
        )
        #expect(
            ScalingPlanText.warning(.desiredFitted(from: 6, to: 8)) == "AWS moves desired 6 to 8 to fit the new min")
        #expect(
            ScalingPlanText.warning(.desiredFitted(from: 6, to: 4)) == "AWS moves desired 6 to 4 to fit the new max")
        #expect(
            ScalingPlanText.warning(
                .staleFigures(.failed(SourceFailure(kind: .throttled, message: "Throttling: Rate exceeded"), age: 455)))
                == "these figures are stale 7m35s: Throttling: Rate exceeded; the group is read again before anything is sent"
        )
    }

    /// A notice's words (none of these words a time).
    static func words(_ notice: Notice) -> (title: String, lines: [String]) {
        NoticeText.words(notice, now: Date(timeIntervalSince1970: 0), timeZone: TimeZone(secondsFromGMT: 0) ?? .current)
    }

    @Test func noticesHaveATitleAndLines() {
        let fast = Self.words(
            .movingTooFast(
                group: "web-asg", from: ScalingLimits(min: 2, max: 20, desired: 8),
                to: ScalingLimits(min: 2, max: 20, desired: 9), by: nil, moves: 3))
        #expect(fast.title == "Not applied: web-asg is moving too fast")
        #expect(fast.lines.first == "web-asg moved from min 2 desired 8 max 20 to min 2 desired 9 max 20")
        #expect(fast.lines.contains { $0.contains("raising min or max") })
        let scaled = Self.words(
            .scaled(
                group: "web-asg", .applied,
                detail: .applied(
                    from: ScalingLimits(min: 2, max: 20, desired: 6), to: ScalingLimits(min: 2, max: 20, desired: 8)),
                requestID: "r-1", auditError: .cannotSync(path: "/s/audit.jsonl", reason: "I/O error")))
        #expect(scaled.title == "Scale web-asg: applied")
        #expect(
            scaled.lines == [
                "applied: min 2 desired 6 max 20 → min 2 desired 8 max 20", "request id r-1",
                "audit log: cannot sync /s/audit.jsonl: I/O error"
            ])
        #expect(Self.words(.readOnly) == ("Read-only", ["Flightdeck runs read-only: scaling changes are off."]))
    }
}
