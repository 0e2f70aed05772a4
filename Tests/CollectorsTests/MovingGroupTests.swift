import AWSCore
import Collectors
import DashboardModel
import Foundation
import TestSupport
import Testing

/// A group that moves between the dialog and the change: nothing is sent, and the outcome says to
/// what and by whom, so the change can be offered again.
@Suite struct MovingGroupTests {
    @Test func aGroupMovedByAnotherOperatorIsReportedWithItsLimitsAndMover() async throws {
        let account = SimulatedAccount()
        guard case let .autoScaling(groups) = await account.collector.poll(.autoScaling), let group = groups.first
        else {
            throw CancellationError()
        }
        let audit = AuditLog(
            path: FileManager.default.temporaryDirectory.appendingPathComponent("fd-\(UUID().uuidString)/audit.jsonl")
                .path)
        let executor = ScalingExecutor(
            clients: ["us-east-1": account.client], audit: audit, caller: nil, profile: nil, origin: .dashboard,
            clock: account.clock)
        let stale = ScalingPlanner.plan(
            .step(1, group: group.name, from: group.desired), group: group, prices: .bundled)
        // Someone else sets desired capacity first.
        let other = ScalingPlanner.plan(
            ScalingRequest(group: group.name, desired: group.desired + 3), group: group, prices: .bundled)
        #expect(await executor.apply(other).result == .applied)
        let outcome = await executor.apply(stale)
        #expect(outcome.result == .refused)
        #expect(outcome.movedTo == ScalingLimits(min: group.min, max: group.max, desired: group.desired + 3))
        #expect(outcome.movedBy == .userRequest, "\(String(describing: outcome.movedBy))")
        #expect(
            try String(contentsOfFile: audit.path, encoding: .utf8).contains(
                "changed since the dialog opened (now min \(group.min) desired \(group.desired + 3) max \(group.max)), "
                    + "moved by a user request"))
        #expect(await account.model().group.desiredCapacity == group.desired + 3, "the stale change was not sent")
        #expect(try audit.records().map(\.result) == [.applied, .refused])
    }

    @Test(arguments: [
        (
            "At 2026-12-05T09:41:00Z a monitor alarm TargetTracking-web-asg-AlarmHigh-1 in state ALARM triggered policy web-cpu70 changing the desired capacity from 3 to 4.",
            ScalingMover.policy("web-cpu70")
        ),
        (
            "At 2026-12-05T09:00:00Z a scheduled action update of AutoScalingGroup constraints to min: 4, max: 20, desired: 4 changing the desired capacity from 2 to 4.",
            .scheduledAction
        ),
        (
            "At 2026-12-05T09:00:00Z a user request explicitly set group desired capacity changing the desired capacity from 2 to 5.",
            .userRequest
        ),
        (
            "At 2026-12-05T09:00:00Z an instance was taken out of service in response to an ELB system health check failure.",
            .healthReplacement
        ),
        ("An instance was launched to aid in balancing the group's zones.", .unknown)
    ])
    func theMoverIsReadFromAutoScalingsCause(_ cause: String, _ mover: ScalingMover) {
        #expect(ScalingMover(cause: cause) == mover)
    }
}
