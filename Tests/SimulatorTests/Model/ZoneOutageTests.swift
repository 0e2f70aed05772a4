import SimulatorModel
import XCTest

/// An AZ outage as AWS lives through it, driven second by second: health checks time out, Auto
/// Scaling marks and replaces the instances, the targets drain, and AZRebalance refills the zone later.
final class ZoneOutageTests: XCTestCase {
    /// What one target went through, in simulated seconds.
    struct Path {
        var timeout: Double?
        var failedChecks: Double?
        var draining: Double?
        var gone: Double?
        var markedUnhealthy = false
    }

    func testTargetsStayUnhealthyUntilAutoScalingReplacesThemThenDrainAndGo() throws {
        var model = LaunchDayModel(seed: 8)
        model.advance(to: 600)
        let zone = "us-east-1b"
        let victims = model.group.activeInstances.filter { $0.zone == zone && $0.target?.state == .healthy }.map(\.id)
        XCTAssertFalse(victims.isEmpty)
        let before = Set(model.group.instances.map(\.id))
        try model.apply(.zoneOutage(zone: zone, seconds: 1_800))
        var paths: [String: Path] = [:]
        while model.now < 1_000 {
            model.step(seconds: 1)
            for id in victims {
                guard let instance = model.group.instances.first(where: { $0.id == id }) else { continue }
                var path = paths[id] ?? Path()
                let target = instance.target
                if target?.state == .unhealthy, target?.reason == "Target.Timeout", path.timeout == nil {
                    XCTAssertEqual(target?.detail, "Request timed out")
                    path.timeout = model.now
                }
                if target?.state == .unhealthy, target?.reason == "Target.FailedHealthChecks", path.failedChecks == nil
                {
                    XCTAssertEqual(target?.detail, "Health checks failed")
                    path.failedChecks = model.now
                }
                if target?.state == .draining, path.draining == nil {
                    path.draining = model.now
                    path.markedUnhealthy = instance.health == .unhealthy && instance.lifecycle == .terminating
                }
                if target == nil, path.draining != nil, path.gone == nil { path.gone = model.now }
                paths[id] = path
            }
            for instance in model.group.instances where !before.contains(instance.id) {
                XCTAssertNotEqual(instance.zone, zone, "no launch into the zone while it is down")
            }
        }
        let interval = Double(model.config.healthCheckInterval)
        for id in victims {
            let path = try XCTUnwrap(paths[id], id)
            let timeout = try XCTUnwrap(path.timeout, "\(id) never timed out")
            let failed = try XCTUnwrap(path.failedChecks, "\(id) never showed FailedHealthChecks")
            let draining = try XCTUnwrap(path.draining, "\(id) never drained")
            let gone = try XCTUnwrap(path.gone, "\(id) never left the target group")
            XCTAssertTrue(
                (600 + interval...600 + 2 * interval).contains(timeout),
                "unhealthy after two failed checks, at \(timeout)")
            XCTAssertEqual(failed - timeout, interval, "one more failed check gives FailedHealthChecks")
            XCTAssertGreaterThanOrEqual(
                draining - timeout, 60, "registered and unhealthy until Auto Scaling's check replaces it")
            XCTAssertLessThan(draining - timeout, 121)
            XCTAssertTrue(path.markedUnhealthy, "Auto Scaling marked it Unhealthy and is terminating it")
            XCTAssertEqual(
                gone - draining, Double(model.config.deregistrationDelay), "draining for the deregistration delay")
        }
        let replacements = model.group.activities.filter { $0.cause.contains("ELB system health check failure") }
        XCTAssertGreaterThanOrEqual(replacements.count, victims.count)
        XCTAssertTrue(model.group.activeInstances.allSatisfy { $0.zone != zone })
        XCTAssertEqual(model.group.activeInstances.count, model.group.desiredCapacity, "replaced in the other zones")
    }

    func testTheZoneServesAgainAfterItsOutageAsAZRebalanceRefillsIt() throws {
        var model = LaunchDayModel(seed: 31)
        try model.setDesiredCapacity(6)
        model.advance(to: 600)
        let zone = "us-east-1c"
        XCTAssertEqual(model.group.activeInstances.filter { $0.zone == zone }.count, 2)
        try model.apply(.zoneOutage(zone: zone, seconds: 600))
        model.advance(to: 1_199)
        XCTAssertTrue(model.group.activeInstances.allSatisfy { $0.zone != zone }, "emptied while down")
        var mostActive = 0
        while model.now < 2_400 {
            model.step(seconds: 1)
            mostActive = max(mostActive, model.group.activeInstances.count - model.group.desiredCapacity)
        }
        XCTAssertLessThanOrEqual(mostActive, 1, "AZRebalance launches one instance over desired at a time")
        XCTAssertTrue(model.group.activities.contains { $0.cause.contains("balance instances in zones \(zone)") })
        let inZone = model.group.activeInstances.filter { $0.zone == zone }
        XCTAssertFalse(inZone.isEmpty, "instances are back in the zone")
        XCTAssertTrue(inZone.allSatisfy { $0.target?.state == .healthy }, "and serving")
        let counts = model.config.zones.map { name in model.group.activeInstances.filter { $0.zone == name }.count }
        XCTAssertLessThanOrEqual((counts.max() ?? 0) - (counts.min() ?? 0), 1, "balanced again: \(counts)")
    }

    func testNothingIsLaunchedWhileEveryZoneIsDownAndEachTryFails() throws {
        var model = LaunchDayModel(seed: 32)
        model.advance(to: 300)
        let launchedBefore = model.group.instances.count
        for zone in model.config.zones { try model.apply(.zoneOutage(zone: zone, seconds: 600)) }
        model.advance(to: 899)
        XCTAssertEqual(model.group.instances.count, launchedBefore, "no launch while no zone is up")
        // As on AWS, the launches Auto Scaling still asks for fail, each in the zone it tried, with EC2's message.
        let failed = model.group.activities.filter { $0.status == .failed && $0.startedAt > 300 }
        XCTAssertGreaterThan(
            model.group.desiredCapacity, model.group.activeInstances.count, "the lost instances are wanted back")
        XCTAssertEqual(
            Set(failed.compactMap { activity in model.config.zones.first { activity.details.contains($0) } }),
            Set(model.config.zones),
            "each zone was tried and refused")
        for zone in model.config.zones {
            let inZone = failed.filter { $0.details.contains(zone) }
            XCTAssertLessThanOrEqual(inZone.count, 11, "\(zone): at most once a minute")
            XCTAssertTrue(
                inZone.allSatisfy {
                    $0.statusMessage?.hasPrefix(
                        "We currently do not have sufficient m5.large capacity in the Availability Zone you requested (\(zone))."
                    ) == true
                })
        }
        model.advance(to: 1_200)
        XCTAssertGreaterThan(model.group.instances.count, launchedBefore, "launches resume when the zones are back")
    }
}
