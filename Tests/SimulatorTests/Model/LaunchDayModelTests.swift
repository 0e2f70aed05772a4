import SimulatorModel
import XCTest

/// Drives the pure model with a simulated clock: no sockets, no sleeps.
final class LaunchDayModelTests: XCTestCase {
    func testStartsWarmWithTwoHealthyInstancesInTwoZones() {
        let model = LaunchDayModel(seed: 1)
        XCTAssertEqual(model.group.desiredCapacity, 2)
        XCTAssertEqual(model.group.activeInstances.count, 2)
        XCTAssertEqual(Set(model.group.activeInstances.map(\.zone)).count, 2)
        XCTAssertTrue(
            model.group.activeInstances.allSatisfy { $0.lifecycle == .inService && $0.target?.state == .healthy })
        XCTAssertEqual(model.timestamp(0), "2026-11-27T14:00:00Z")
    }

    func testTrafficRampsToItsPeakThenSettles() {
        var model = LaunchDayModel(seed: 2)
        model.step(seconds: 1)
        XCTAssertEqual(model.load.users, 200, accuracy: 15)
        model.advance(to: 900)
        XCTAssertEqual(model.load.users, 2_400, accuracy: 100)
        model.advance(to: 3_600)
        XCTAssertEqual(model.load.users, 2_000, accuracy: 100)
    }

    func testPolicyScalesOutDuringTheRampAndNewInstancesBootThenPassHealthChecks() {
        var model = LaunchDayModel(seed: 3)
        model.advance(to: 1_200)
        XCTAssertGreaterThanOrEqual(model.group.desiredCapacity, 6, "the ramp should push the group well past 2")
        XCTAssertLessThanOrEqual(model.group.desiredCapacity, 20)
        let launches = model.group.activities.filter { $0.description.hasPrefix("Launching") && $0.startedAt > 0 }
        XCTAssertFalse(launches.isEmpty)
        XCTAssertTrue(launches.contains { $0.cause.contains("AlarmHigh") })
        // Every launched instance went Pending -> InService after 60-90 s of boot.
        for instance in model.group.instances where instance.launchedAt > 0 {
            let boot = instance.bootsUntil - instance.launchedAt
            XCTAssertTrue((60...90).contains(boot), "boot took \(boot) s")
        }
        // By 20 minutes the average CPU is back near the 70% target.
        model.advance(to: 1_500)
        XCTAssertLessThan(model.load.averageCPU, 85)
        XCTAssertTrue(model.group.activeInstances.allSatisfy { $0.lifecycle == .inService })
    }

    func testANewInstanceGoesPendingInServiceInitialHealthy() {
        var model = LaunchDayModel(seed: 4)
        XCTAssertNoThrow(try model.setDesiredCapacity(3))
        guard let fresh = model.group.instances.last else { return XCTFail("no instance launched") }
        XCTAssertEqual(fresh.lifecycle, .pending)
        XCTAssertNil(fresh.target)
        model.advance(to: fresh.bootsUntil)
        let booted = model.group.instances.last
        XCTAssertEqual(booted?.lifecycle, .inService)
        XCTAssertEqual(booted?.target?.state, .initial)
        let checks = Double(model.config.healthCheckInterval * (model.config.healthyThreshold - 1))
        model.advance(to: fresh.bootsUntil + fresh.warmUpSeconds + checks)
        XCTAssertEqual(model.group.instances.last?.target?.state, .healthy)
    }

    func testScaleInIsSlowerThanScaleOut() {
        var model = LaunchDayModel(seed: 5)
        XCTAssertNoThrow(try model.setDesiredCapacity(12))
        model.advance(to: 300)
        XCTAssertEqual(model.group.desiredCapacity, 12, "no scale-in within 5 minutes")
        model.advance(to: 1_500)
        XCTAssertLessThan(model.group.desiredCapacity, 12, "low CPU for 15 minutes scales in")
    }

    func testScalingCallsAreValidatedAsAutoScalingDoes() {
        var model = LaunchDayModel(seed: 6)
        XCTAssertThrowsError(try model.updateGroup(minSize: nil, maxSize: nil, desiredCapacity: 25)) { error in
            XCTAssertEqual(
                (error as? ScalingError)?.message,
                "Desired capacity:25 must be between the specified min size:2 and max size:20")
            XCTAssertEqual((error as? ScalingError)?.code, "ValidationError")
        }
        XCTAssertThrowsError(try model.updateGroup(minSize: 5, maxSize: 1, desiredCapacity: nil)) { error in
            XCTAssertEqual(
                (error as? ScalingError)?.message, "Max bound, 1, must be greater than or equal to min bound, 5")
        }
        XCTAssertThrowsError(try model.setDesiredCapacity(21)) { error in
            XCTAssertEqual(
                (error as? ScalingError)?.message,
                "New SetDesiredCapacity value 21 is above max value 20 for the AutoScalingGroup.")
        }
        XCTAssertNoThrow(try model.updateGroup(minSize: 4, maxSize: 10, desiredCapacity: nil))
        XCTAssertEqual(model.group.desiredCapacity, 4, "a raised min pulls desired up")
        XCTAssertEqual(model.group.activeInstances.count, 4)
    }

    func testDatabaseFailoverSwapsZonesWithEventsInOrder() throws {
        var model = LaunchDayModel(seed: 7)
        model.advance(to: 100)
        try model.apply(.databaseFailover)
        XCTAssertEqual(model.database.status, "rebooting")
        XCTAssertEqual(model.database.events.map(\.eventID), ["RDS-EVENT-0013"])
        XCTAssertThrowsError(try model.apply(.databaseFailover))
        model.advance(to: 159)
        XCTAssertEqual(model.database.primaryZone, "us-east-1a", "not before 60 s")
        model.advance(to: 221)
        XCTAssertEqual(model.database.status, "available")
        XCTAssertEqual(model.database.primaryZone, "us-east-1b")
        XCTAssertEqual(model.database.standbyZone, "us-east-1a")
        XCTAssertEqual(model.database.events.map(\.eventID), ["RDS-EVENT-0013", "RDS-EVENT-0049", "RDS-EVENT-0015"])
        let took = model.database.events[1].time - model.database.events[0].time
        XCTAssertTrue((60...120).contains(took), "failover took \(took) s")
    }

    func testZoneOutageMakesItsTargetsUnhealthyAndTheGroupReplacesThemElsewhere() throws {
        var model = LaunchDayModel(seed: 8)
        model.advance(to: 600)
        let zone = "us-east-1b"
        let before = model.group.activeInstances.filter { $0.zone == zone && $0.target?.state == .healthy }.map(\.id)
        XCTAssertFalse(before.isEmpty)
        try model.apply(.zoneOutage(zone: zone, seconds: 1_800))
        model.advance(to: 640)
        for id in before {
            let target = model.group.instances.first { $0.id == id }?.target
            XCTAssertTrue(
                target?.state == .unhealthy || target?.state == .draining,
                "\(id) is \(String(describing: target?.state))")
        }
        model.advance(to: 900)
        XCTAssertTrue(
            model.group.activeInstances.allSatisfy { $0.zone != zone }, "no active instance left in the dark zone")
        XCTAssertEqual(model.group.activeInstances.count, model.group.desiredCapacity)
        XCTAssertTrue(model.group.activities.contains { $0.cause.contains("ELB system health check failure") })
        let healthyKey = MetricKey(
            "AWS/ApplicationELB", "HealthyHostCount", model.targetGroupDimensions + [.init("AvailabilityZone", zone)])
        let last = model.metrics.aggregated(healthyKey, from: 840, to: 900, periodSeconds: 60).last
        XCTAssertEqual(last?.bucket.statistic("Maximum"), 0)
    }

    func testOutageOfThePrimaryZoneFailsTheDatabaseOver() throws {
        var model = LaunchDayModel(seed: 9)
        try model.apply(.zoneOutage(zone: "us-east-1a", seconds: 600))
        XCTAssertEqual(model.database.events.first?.eventID, "RDS-EVENT-0013")
        model.advance(to: 200)
        XCTAssertEqual(model.database.primaryZone, "us-east-1b")
    }

    func testCacheFlushDipsTheHitRatioThenItRecovers() throws {
        var model = LaunchDayModel(seed: 10)
        model.advance(to: 120)
        XCTAssertEqual(model.distribution.hitRatio, 0.95, accuracy: 0.001)
        let originBefore = model.load.originRequestsPerSecond
        try model.apply(.cacheFlush)
        model.step(seconds: 1)
        XCTAssertLessThan(model.distribution.hitRatio, 0.7)
        XCTAssertGreaterThan(model.load.originRequestsPerSecond, originBefore * 4)
        model.step(seconds: 900)
        XCTAssertEqual(model.distribution.hitRatio, 0.95, accuracy: 0.01)
    }

    func testMetricsAreOneMinuteSeries() {
        var model = LaunchDayModel(seed: 11)
        model.advance(to: 600)
        let key = MetricKey("AWS/ApplicationELB", "RequestCount", model.loadBalancerDimensions)
        let points = model.metrics.aggregated(key, from: 0, to: 600, periodSeconds: 60)
        XCTAssertEqual(points.count, 10)
        XCTAssertEqual(points.first?.start, 0)
        XCTAssertEqual(points.first?.bucket.count, 59, "minute 0 holds seconds 1-59")
        XCTAssertEqual(points[1].bucket.count, 60)
        let fiveMinute = model.metrics.aggregated(key, from: 0, to: 600, periodSeconds: 300)
        XCTAssertEqual(fiveMinute.count, 2)
        let hit = MetricKey("AWS/CloudFront", "CacheHitRate", model.distributionDimensions)
        XCTAssertEqual(
            model.metrics.aggregated(hit, from: 0, to: 600, periodSeconds: 60).last?.bucket.statistic("Average") ?? 0,
            95, accuracy: 0.5)
    }

    func testCostsAccrueFromWhatRuns() {
        var model = LaunchDayModel(seed: 12)
        let atStart = model.costs.grandTotal
        XCTAssertGreaterThan(atStart, 0, "the morning before the launch is already billed")
        model.advance(to: 3_600)
        let ec2 = model.costs.total(service: CostLedger.Service.ec2, days: model.day(at: 0)..<(model.day(at: 0) + 1))
        XCTAssertGreaterThan(ec2, 14 * 2 * 0.096 + 2 * 0.096)
        let rdsHour = model.costs.total(service: CostLedger.Service.rds, days: 0..<Int.max) - 14 * 0.5
        XCTAssertEqual(rdsHour, 0.5, accuracy: 0.001)
    }

    func testSameSeedGivesIdenticalHistoryAndAnotherSeedDoesNot() throws {
        func run(_ seed: UInt64) throws -> LaunchDayModel {
            var model = LaunchDayModel(seed: seed)
            model.advance(to: 700)
            try model.apply(.zoneOutage(zone: "us-east-1c", seconds: 300))
            model.advance(to: 1_000)
            try model.apply(.cacheFlush)
            model.advance(to: 1_800)
            return model
        }
        let first = try run(42)
        let second = try run(42)
        XCTAssertEqual(first, second)
        XCTAssertEqual(first.group.activities, second.group.activities)
        XCTAssertEqual(first.metrics, second.metrics)
        XCTAssertNotEqual(first.group.instances.map(\.id), try run(43).group.instances.map(\.id))
    }

    func testSplitMix64MatchesTheReferenceSequence() {
        var rng = SplitMix64(seed: 1_234_567)
        // First outputs of Vigna's splitmix64.c seeded with 1234567.
        XCTAssertEqual(rng.next(), 6_457_827_717_110_365_317)
        XCTAssertEqual(rng.next(), 3_203_168_211_198_807_973)
    }
}
