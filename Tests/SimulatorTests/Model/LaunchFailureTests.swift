import SimulatorModel
import XCTest

/// Launches EC2 refuses: a zone without capacity (Auto Scaling goes to its other zones) and the
/// account's vCPU quota (nothing helps until it is raised), each a Failed activity with EC2's message.
final class LaunchFailureTests: XCTestCase {
    func failedLaunches(_ model: LaunchDayModel) -> [ScalingActivityRecord] {
        model.group.activities.filter { $0.status == .failed }
    }

    func testAZoneWithoutCapacityFailsItsLaunchesWithEC2sMessageAndTheGroupGrowsElsewhere() throws {
        var model = LaunchDayModel(seed: 8)
        model.advance(to: 60)
        let before = Set(model.group.instances.map(\.id))
        try model.apply(.capacityShortage(zone: "us-east-1c", seconds: 600))
        let target = model.group.desiredCapacity + 6
        try model.setDesiredCapacity(target)
        let failed = failedLaunches(model)
        XCTAssertEqual(failed.count, 1, "one refusal in the zone; the launch moves on at once")
        let activity = try XCTUnwrap(failed.first)
        XCTAssertEqual(
            activity.statusMessage,
            "We currently do not have sufficient m5.large capacity in the Availability Zone you requested (us-east-1c). Our system will be working on provisioning additional capacity. You can currently get m5.large capacity by not specifying an Availability Zone in your request or choosing us-east-1a, us-east-1b. Launching EC2 instance failed."
        )
        XCTAssertTrue(
            activity.description.hasPrefix(
                "Launching a new EC2 instance.  Status Reason: We currently do not have sufficient"))
        XCTAssertTrue(activity.details.contains("us-east-1c"))
        XCTAssertNotNil(activity.endedAt)
        XCTAssertEqual(model.group.activeInstances.count, target, "the group reached desired in its other zones")

        model.advance(to: 600)
        let launched = model.group.instances.filter { !before.contains($0.id) }
        XCTAssertFalse(
            launched.contains { $0.zone == "us-east-1c" }, "no instance in the zone while it has no capacity")
        let refusals = failedLaunches(model)
        XCTAssertGreaterThan(refusals.count, 1, "AZRebalance tries the zone again")
        XCTAssertLessThanOrEqual(refusals.count, 11, "at most once a minute")
        XCTAssertTrue(refusals.allSatisfy { $0.details.contains("us-east-1c") })

        model.advance(to: 900)
        XCTAssertTrue(model.capacityShortages.isEmpty)
        XCTAssertTrue(
            model.group.instances.contains { !before.contains($0.id) && $0.zone == "us-east-1c" },
            "capacity back: the zone refills")
    }

    func testLaunchesPastTheVCPUQuotaFailOnceAMinuteUntilItIsRaised() throws {
        var model = LaunchDayModel(seed: 3)
        model.advance(to: 60)
        let running = model.group.activeInstances.count
        let quota = (running + 2) * model.config.vcpusPerInstance
        try model.apply(.vcpuQuota(vcpus: quota))
        try model.setDesiredCapacity(running + 5)
        XCTAssertEqual(model.group.activeInstances.count, running + 2, "launches stop at the quota")
        let failed = failedLaunches(model)
        XCTAssertEqual(failed.count, 1)
        XCTAssertEqual(
            failed.first?.statusMessage,
            "You have requested more vCPU capacity than your current vCPU limit of \(quota) allows for the instance bucket that the specified instance type belongs to. Please visit http://aws.amazon.com/contact-us/ec2-request to request an adjustment to this limit. Launching EC2 instance failed."
        )

        model.step(seconds: 179)
        XCTAssertEqual(failedLaunches(model).count, 3, "retried once a minute")
        XCTAssertEqual(model.group.activeInstances.count, running + 2)

        try model.apply(.vcpuQuota(vcpus: 64))
        model.step(seconds: 1)
        XCTAssertEqual(model.group.activeInstances.count, running + 5, "a raised quota lets the launches through")
        XCTAssertEqual(failedLaunches(model).count, 3)
    }

    func testTheShopStartsWithAQuotaThatHoldsItsMaxAndLaunchesPastItFail() throws {
        var model = LaunchDayModel(seed: 3)
        XCTAssertEqual(model.vcpuQuota, 64, "what GetServiceQuota answers")
        XCTAssertLessThanOrEqual(model.config.maxSize * model.config.vcpusPerInstance, 64, "the group at its max fits")
        try model.updateGroup(minSize: nil, maxSize: 40, desiredCapacity: 40)
        model.step(seconds: 5)
        XCTAssertEqual(model.group.activeInstances.count, 32, "64 vCPUs of m5.large")
        XCTAssertEqual(model.vcpusInUse, 64)
        XCTAssertEqual(
            failedLaunches(model).last?.statusMessage?.contains("your current vCPU limit of 64 allows"), true)
    }

    func testTheQuietServicesOfScaleGetRoomForTheirMaxOnTop() throws {
        var config = ShopConfiguration()
        config.extraServices = 10
        let model = LaunchDayModel(config: config, seed: 3)
        XCTAssertEqual(model.vcpuQuota, 64 + 10 * 4 * 2, "each quiet group's max of four t3.medium")
        XCTAssertEqual(model.vcpusInUse, model.group.activeInstances.count * 2 + 10 * 2 * 2)
    }

    func testAnUnknownZoneIsRefused() {
        var model = LaunchDayModel(seed: 1)
        XCTAssertThrowsError(try model.apply(.capacityShortage(zone: "us-west-2a", seconds: 60)))
        XCTAssertThrowsError(try model.apply(.vcpuQuota(vcpus: -1)))
    }
}
