import Foundation
import TestSupport
import Testing

/// `flightdeck doctor` as a person runs it, against `flightdeck simulate` over loopback.
@Suite(.serialized) struct DoctorCommandTests {
    func run(_ arguments: [String], _ simulator: SimulatorProcess) throws -> ProcessResult {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("AWS_") }
        environment.merge(simulator.environment) { _, new in new }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("fd-doctor-\(UUID().uuidString)").path
        environment["HOME"] = home
        environment["XDG_STATE_HOME"] = home
        return try ProcessRunner.run(TestPaths.flightdeck, arguments, environment: environment)
    }

    @Test func everythingAllowedExitsZeroAndListsEachAction() throws {
        // At the wall clock's pace, so the clock check compares like with like.
        let simulator = try SimulatorProcess(arguments: ["--speed", "1"])
        defer { simulator.stop() }
        let result = try run(["doctor"], simulator)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("✓ credentials  environment: arn:aws:iam::123456789012:user/flightdeck-demo"))
        #expect(result.stdout.contains("✓ clock"))
        #expect(result.stdout.contains("✓ autoscaling:DescribeAutoScalingGroups"))
        #expect(
            result.stdout.contains("– autoscaling:SetDesiredCapacity")
                && result.stdout.contains("not tried: it changes the group"))
        #expect(result.stdout.contains("21 allowed, 0 denied (0 required)"))
        let secret = try #require(simulator.environment["AWS_SECRET_ACCESS_KEY"])
        #expect(!result.stdout.contains(secret) && !result.stderr.contains(secret))
    }

    @Test func thePolicyLimitsScalingToTheWatchedGroups() throws {
        let simulator = try SimulatorProcess()
        defer { simulator.stop() }
        let result = try run(["doctor", "--policy", "--asg", "web-asg"], simulator)
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let statements = try #require(document["Statement"] as? [[String: Any]])
        #expect(statements.map { $0["Sid"] as? String } == ["FlightdeckRead", "FlightdeckScale"])
        #expect(
            statements[1]["Resource"] as? [String] == [
                "arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:*:autoScalingGroupName/web-asg"
            ])
        #expect(
            statements[1]["Action"] as? [String] == [
                "autoscaling:SetDesiredCapacity", "autoscaling:UpdateAutoScalingGroup",
                "autoscaling:PutScheduledUpdateGroupAction", "autoscaling:DeleteScheduledAction"
            ])
        #expect(
            (statements[0]["Action"] as? [String])?.contains("elasticloadbalancing:DescribeTags") == false,
            "no tag reads without --tag")
    }
}
