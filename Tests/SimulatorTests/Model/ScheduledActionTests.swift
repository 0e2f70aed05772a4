import SimulatorModel
import XCTest

/// Scheduled actions run at their simulated second and show as scaling activities; suspended
/// processes stop what they name.
final class ScheduledActionTests: XCTestCase {
    func testAnActionRunsAtItsTimeAsAScalingActivityWithAWSsCauseAndIsThenGone() throws {
        var model = LaunchDayModel(seed: 3)
        model.advance(to: 30)
        try model.putScheduledAction(
            ScheduledActionRequest(groupName: "web-asg", name: "prewarm", startTime: 120, minSize: 4, maxSize: 20))
        model.advance(to: 119)
        XCTAssertEqual(model.group.minSize, 2, "nothing before its time")
        XCTAssertEqual(model.scheduledActions(of: "web-asg").map(\.name), ["prewarm"])
        model.advance(to: 120)
        XCTAssertEqual([model.group.minSize, model.group.maxSize, model.group.desiredCapacity], [4, 20, 4])
        XCTAssertTrue(model.scheduledActions.isEmpty, "a one-time action runs once")
        let launch = try XCTUnwrap(model.group.activities.last)
        XCTAssertEqual(launch.startedAt, 120)
        XCTAssertTrue(
            launch.cause.hasPrefix(
                "At \(model.timestamp(120)) a scheduled action update of AutoScalingGroup constraints to min: 4, max: 20, desired: 4 changing the desired capacity from 2 to 4.  At \(model.timestamp(120)) an instance was started"
            ), launch.cause)
        XCTAssertEqual(model.group.activeInstances.count, 4)
    }

    func testPutIsRefusedAsAWSRefusesItAndUpdatesAnActionOfTheSameName() throws {
        var model = LaunchDayModel(seed: 3)
        model.advance(to: 100)
        func refusal(_ request: ScheduledActionRequest) -> ScalingError? {
            do { try model.putScheduledAction(request) } catch { return error }
            return nil
        }
        XCTAssertEqual(
            refusal(.init(groupName: "web-asg", name: "a", startTime: 50, minSize: 4))?.message,
            "Given start time is in the past")
        XCTAssertEqual(
            refusal(.init(groupName: "web-asg", name: "a", startTime: 200, endTime: 150, minSize: 4))?.code,
            "ValidationError")
        XCTAssertEqual(
            refusal(.init(groupName: "web-asg", name: "a", startTime: 200))?.code, "ValidationError", "no size at all")
        XCTAssertEqual(
            refusal(.init(groupName: "web-asg", name: "a", startTime: 200, minSize: 5, maxSize: 1))?.message,
            "Max bound, 1, must be greater than or equal to min bound, 5")
        XCTAssertNotNil(
            refusal(.init(groupName: "web-asg", name: "a", startTime: 200, recurrence: "0 9 * * *", minSize: 4)))
        XCTAssertTrue(model.scheduledActions.isEmpty)

        try model.putScheduledAction(.init(groupName: "web-asg", name: "a", startTime: 200, minSize: 4))
        try model.putScheduledAction(.init(groupName: "web-asg", name: "a", maxSize: 30))
        let action = try XCTUnwrap(model.scheduledActions(of: "web-asg").first)
        XCTAssertEqual(
            [action.startTime, Double(action.minSize ?? 0), Double(action.maxSize ?? 0)], [200, 4, 30],
            "fields not given stay")
        XCTAssertEqual(model.scheduledActions.count, 1)
        try model.deleteScheduledAction(group: "web-asg", name: "a")
        XCTAssertThrowsError(try model.deleteScheduledAction(group: "web-asg", name: "a")) {
            XCTAssertEqual(($0 as? ScalingError)?.message, "Scheduled action name not found")
        }
    }

    func testSuspendedLaunchLeavesDesiredUnmetAndSuspendedScheduledActionsSkipTheirTime() throws {
        var model = LaunchDayModel(seed: 3)
        model.advance(to: 10)
        try model.apply(.suspendProcesses(["Launch"]))
        XCTAssertTrue(model.isSuspended("Launch"))
        XCTAssertEqual(model.suspendedProcesses["web-asg"]?.first?.reason, "User suspended at \(model.timestamp(10))")
        try model.setDesiredCapacity(5)
        model.advance(to: 60)
        XCTAssertEqual(model.group.activeInstances.count, 2, "Auto Scaling launches nothing while Launch is suspended")
        try model.apply(.resumeProcesses([]))
        model.advance(to: 61)
        XCTAssertEqual(model.group.activeInstances.count, 5, "resumed: the difference is launched")

        try model.suspendProcesses(["ScheduledActions"], group: "web-asg")
        try model.putScheduledAction(.init(groupName: "web-asg", name: "b", startTime: 100, minSize: 8, maxSize: 20))
        model.advance(to: 101)
        XCTAssertEqual(model.group.minSize, 2, "a suspended schedule does not run")
        XCTAssertTrue(model.scheduledActions.isEmpty, "and its time has passed")
        XCTAssertThrowsError(try model.apply(.suspendProcesses(["Lunch"])))
    }
}
