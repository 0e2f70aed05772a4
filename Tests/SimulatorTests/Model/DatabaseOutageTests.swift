import SimulatorModel
import XCTest

/// The Multi-AZ database in a zone outage: the standby is lost with its zone and rebuilt elsewhere,
/// and no failover ever moves the primary into a zone that is down.
final class DatabaseOutageTests: XCTestCase {
    func testAStandbyLostWithItsZoneIsRebuiltElsewhereWhileThePrimaryServes() throws {
        var model = LaunchDayModel(seed: 41)
        model.advance(to: 100)
        try model.apply(.zoneOutage(zone: "us-east-1b", seconds: 1_800))
        model.step(seconds: 1)
        XCTAssertEqual(model.database.status, "available", "the primary keeps serving")
        XCTAssertEqual(model.database.primaryZone, "us-east-1a")
        XCTAssertEqual(
            model.database.standbyZone, "us-east-1b", "SecondaryAvailabilityZone names the lost zone until replaced")
        XCTAssertFalse(model.canFailOver)
        XCTAssertEqual(model.database.events.map(\.eventID), ["RDS-EVENT-0361"])
        XCTAssertEqual(model.database.events.last?.categories, ["recovery"])
        model.advance(to: 100 + 299)
        XCTAssertEqual(model.database.standbyZone, "us-east-1b", "a rebuild takes minutes")
        model.advance(to: 100 + 422)
        XCTAssertEqual(model.database.standbyZone, "us-east-1c", "rebuilt in a healthy zone other than the primary's")
        XCTAssertEqual(model.database.events.map(\.eventID), ["RDS-EVENT-0361", "RDS-EVENT-0362"])
        XCTAssertTrue(model.canFailOver)
        try model.apply(.databaseFailover)
        model.advance(to: 100 + 422 + 121)
        XCTAssertEqual(model.database.primaryZone, "us-east-1c", "a failover now goes to the new standby")
    }

    func testARequestedFailoverWhileTheStandbysZoneIsDownIsNotAttempted() throws {
        var model = LaunchDayModel(seed: 42)
        model.advance(to: 100)
        try model.apply(.zoneOutage(zone: "us-east-1b", seconds: 1_800))
        model.step(seconds: 10)
        try model.apply(.databaseFailover)
        XCTAssertEqual(model.database.status, "available")
        XCTAssertEqual(model.database.events.last?.eventID, "RDS-EVENT-0034")
        XCTAssertEqual(model.database.events.last?.categories, ["failover"])
        model.advance(to: 300)
        XCTAssertEqual(model.database.primaryZone, "us-east-1a", "the primary never moves into the dead zone")
        XCTAssertFalse(model.database.events.contains { $0.eventID == "RDS-EVENT-0013" })
    }

    func testAnOutageOfThePrimarysZoneWhileTheStandbysIsDownDoesNotFailOver() throws {
        var model = LaunchDayModel(seed: 43)
        model.advance(to: 100)
        try model.apply(.zoneOutage(zone: "us-east-1b", seconds: 1_800))
        model.step(seconds: 30)
        try model.apply(.zoneOutage(zone: "us-east-1a", seconds: 600))
        for _ in 0..<600 {
            model.step(seconds: 1)
            XCTAssertFalse(
                model.isDown(model.database.primaryZone) && model.database.primaryZone != "us-east-1a",
                "the primary moved into a dead zone at \(model.now)")
        }
        XCTAssertEqual(model.database.primaryZone, "us-east-1a")
        XCTAssertFalse(model.database.events.contains { $0.eventID == "RDS-EVENT-0013" })
        XCTAssertGreaterThan(
            model.load.target5xxPerSecond, 0, "the database is unreachable while its only copy's zone is down")
    }

    func testAnOutageOfThePrimarysZoneWithAHealthyStandbyFailsOverThenRebuildsTheStandby() throws {
        var model = LaunchDayModel(seed: 44)
        model.advance(to: 100)
        try model.apply(.zoneOutage(zone: "us-east-1a", seconds: 1_800))
        XCTAssertEqual(model.database.events.map(\.eventID), ["RDS-EVENT-0013"])
        model.advance(to: 221)
        XCTAssertEqual(model.database.primaryZone, "us-east-1b")
        XCTAssertEqual(
            Array(model.database.events.map(\.eventID).prefix(3)),
            ["RDS-EVENT-0013", "RDS-EVENT-0049", "RDS-EVENT-0015"])
        XCTAssertEqual(
            model.database.events.last?.eventID, "RDS-EVENT-0361", "the new standby's zone is the dead one: rebuilt")
        model.advance(to: 700)
        XCTAssertEqual(model.database.standbyZone, "us-east-1c")
        XCTAssertEqual(model.database.primaryZone, "us-east-1b")
    }
}
