import DashboardModel
import Foundation
import Testing

/// What the confirmation says before a change: suspended processes, a warm pool, a max below what runs.
@Suite struct PreChangeCheckTests {
    func group(desired: Int = 6, suspended: [String] = [], warmPool: Bool = false) -> AutoScalingGroupStatus {
        var group = Fixtures.group(
            min: 2, max: 20, desired: desired, instances: Array(repeating: ("a", .inService, true), count: desired))
        group.suspendedProcesses = suspended
        group.hasWarmPool = warmPool
        return group
    }

    @Test func raisingDesiredWhileLaunchIsSuspendedIsRefusedWithTheReason() {
        let plan = ScalingPlanner.plan(
            ScalingRequest(group: "web-asg", desired: 8), group: group(suspended: ["Launch"]), prices: .bundled)
        #expect(!plan.isApplicable)
        #expect(plan.refusals == [.launchSuspended(group: "web-asg")])
        let lower = ScalingPlanner.plan(
            ScalingRequest(group: "web-asg", desired: 5), group: group(suspended: ["Launch"]), prices: .bundled)
        #expect(lower.isApplicable, "lowering needs no launch")
    }

    @Test func otherSuspendedProcessesAndAWarmPoolAreWarnings() {
        let plan = ScalingPlanner.plan(
            ScalingRequest(group: "web-asg", desired: 5),
            group: group(suspended: ["Terminate", "AlarmNotification", "AZRebalance"]), prices: .bundled)
        #expect(plan.isApplicable)
        #expect(plan.warnings.contains(.terminateSuspended))
        #expect(plan.warnings.contains(.alarmNotificationSuspended))
        #expect(plan.warnings.contains(.suspended(["AZRebalance"])))
        let warm = ScalingPlanner.plan(
            ScalingRequest(group: "web-asg", desired: 8), group: group(warmPool: true), prices: .bundled)
        #expect(warm.warnings.contains(.warmPool))
    }

    @Test func aMaxBelowWhatRunsSaysHowManyGoAndAsksForTheNameWhenMoreThanHalf() {
        let some = ScalingPlanner.plan(
            ScalingRequest(group: "web-asg", max: 5), group: group(desired: 6), prices: .bundled)
        #expect(some.warnings.contains(.maxBelowInService(max: 5, inService: 6, terminated: 1)), "\(some.warnings)")
        #expect(!some.requiresTypedName)
        let most = ScalingPlanner.plan(
            ScalingRequest(group: "web-asg", min: 2, max: 2), group: group(desired: 6), prices: .bundled)
        #expect(most.warnings.contains(.maxBelowInService(max: 2, inService: 6, terminated: 4)))
        #expect(most.requiresTypedName)
    }
}
