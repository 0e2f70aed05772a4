import DashboardModel
import Foundation
import Testing

/// Scripted polls of a zone's outage and recovery, and what the zones, alerts and timeline say.
@Suite struct ZoneTruthTests {
    let intervals: [DataSource: Double] = [.autoScaling: 5, .targetHealth: 10, .databases: 15, .metrics: 60]

    /// Three healthy targets per zone, with `b`'s replaced by `zoneB` (nil: none registered there).
    func targets(b zoneB: TargetState?, reason: String? = nil) -> TargetGroupHealth {
        var targets: [(String, TargetState, String?)] = [
            ("a", .healthy, nil), ("a", .healthy, nil), ("a", .healthy, nil)
        ]
        if let zoneB { targets += Array(repeating: ("b", zoneB, reason), count: 3) }
        targets += [("c", .healthy, nil), ("c", .healthy, nil), ("c", .healthy, nil)]
        return Fixtures.targetGroup(targets)
    }

    func zone(_ state: DashboardState, _ name: String) -> ZoneStatus? {
        state.zones.first { $0.zone == "us-east-1\(name)" }
    }

    /// What the first alert says of a down zone: how long, what it had, and (unhealthy, draining, total) now.
    func zoneDown(_ state: DashboardState) -> (resource: String, downFor: TimeInterval, had: Int?, now: [Int]?)? {
        guard let alert = state.alerts.first, case let .zoneDown(downFor, had, targets) = alert.condition else {
            return nil
        }
        return (alert.resource, downFor, had, targets.map { [$0.healthy, $0.unhealthy, $0.draining, $0.total] })
    }

    func poll(_ state: inout DashboardState, _ targetGroups: [TargetGroupHealth], at seconds: Double) {
        _ = state.apply(.polled(.targetHealth, .targetHealth(targetGroups), Fixtures.at(seconds)))
    }

    @Test func aZoneThatLostItsTargetsStaysDownUntilOneIsHealthyAgain() throws {
        var state = DashboardState(start: Fixtures.start, intervals: intervals)
        let nine: [(String, InstanceLifecycle, Bool)] = ["a", "a", "a", "b", "b", "b", "c", "c", "c"].map {
            ($0, .inService, true)
        }
        _ = state.apply(
            .polled(.autoScaling, .autoScaling([Fixtures.group(desired: 9, instances: nine)]), Fixtures.at(0)))
        poll(&state, [targets(b: .healthy)], at: 0)
        #expect(state.zones.map(\.condition) == [.ok, .ok, .ok])
        #expect(zone(state, "b")?.instances?.inService == 3)
        #expect(zone(state, "b")?.targets?.healthy == 3)

        poll(&state, [targets(b: .unhealthy, reason: "Target.Timeout")], at: 10)
        var b = try #require(zone(state, "b"))
        #expect(b.condition == .down)
        #expect(b.downSince == Fixtures.at(10))
        #expect(b.wasTargets == 3)
        var seen = try #require(zoneDown(state))
        #expect(seen.resource == "us-east-1b" && seen.downFor == 0 && seen.had == 3 && seen.now == [0, 3, 0, 3])
        #expect(state.alerts.first?.severity == .critical)
        #expect(
            !state.alerts.contains { $0.code == "zone-without-healthy-targets" },
            "the zone's alert covers its target group")
        guard case let .zoneDown(down, had)? = state.timeline.last?.entry else {
            Issue.record("no zone-down line: \(state.timeline)")
            return
        }
        #expect(
            state.timeline.last?.resource == "us-east-1b" && down.healthy == 0 && down.unhealthy == 3
                && down.total == 3 && had == 3)

        poll(&state, [targets(b: .draining, reason: "Target.DeregistrationInProgress")], at: 20)
        seen = try #require(zoneDown(state))
        #expect(seen.resource == "us-east-1b" && seen.downFor == 10 && seen.had == 3 && seen.now == [0, 0, 3, 3])

        poll(&state, [targets(b: nil)], at: 30)
        b = try #require(zone(state, "b"))
        #expect(b.condition == .down, "deregistered targets do not end an outage")
        #expect(b.downSince == Fixtures.at(10))
        #expect(b.wasTargets == 3)
        #expect(b.targets?.total == 0)
        seen = try #require(zoneDown(state))
        #expect(seen.resource == "us-east-1b" && seen.downFor == 20 && seen.had == 3 && seen.now == [0, 0, 0, 0])

        // Auto Scaling replaces the instances in the other zones; the zone is still down.
        let moved: [(String, InstanceLifecycle, Bool)] = ["a", "a", "a", "a", "a", "c", "c", "c", "c"].map {
            ($0, .inService, true)
        }
        _ = state.apply(
            .polled(.autoScaling, .autoScaling([Fixtures.group(desired: 9, instances: moved)]), Fixtures.at(40)))
        poll(&state, [targets(b: nil)], at: 40)
        _ = state.apply(.tick(Fixtures.at(600)))
        b = try #require(zone(state, "b"))
        #expect(b.condition == .down)
        #expect(b.instances?.total == 0)
        seen = try #require(zoneDown(state))
        #expect(seen.downFor == 590 && seen.had == 3 && seen.now == [0, 0, 0, 0])

        var back = targets(b: nil)
        back.targets.append(TargetStatus(id: "i-new", port: 80, zone: "us-east-1b", state: .healthy))
        poll(&state, [back], at: 910)
        b = try #require(zone(state, "b"))
        #expect(b.condition == .ok)
        #expect(b.downSince == nil && b.wasTargets == nil)
        #expect(!state.alerts.contains { $0.code == "zone-down" })
        guard case let .zoneServesAgain(downFor, now, before)? = state.timeline.last?.entry else {
            Issue.record("no serves-again line: \(state.timeline)")
            return
        }
        #expect(
            state.timeline.last?.resource == "us-east-1b" && downFor == 900 && now.healthy == 1
                && now.total == 1 && before == 3)
    }

    @Test func aZoneWithHealthyTargetsBesideFailingOnesOrSickInstancesIsDegraded() {
        var state = DashboardState(start: Fixtures.start, intervals: intervals)
        _ = state.apply(
            .polled(
                .autoScaling,
                .autoScaling([
                    Fixtures.group(instances: [
                        ("a", .inService, true), ("b", .inService, false), ("b", .inService, true),
                        ("c", .pending, true), ("c", .inService, true)
                    ])
                ]), Fixtures.at(0)))
        poll(
            &state,
            [
                Fixtures.targetGroup([
                    ("a", .healthy, nil), ("a", .unhealthy, "Target.Timeout"), ("b", .healthy, nil),
                    ("c", .healthy, nil), ("c", .initial, nil)
                ])
            ], at: 0)
        #expect(state.zones.map(\.condition) == [.degraded, .degraded, .ok])
        #expect(state.zones.map { $0.instances?.unhealthy } == [0, 1, 0])
        #expect(state.zones.map { $0.instances?.pending } == [0, 0, 1])
        #expect(state.zones.map { $0.targets?.initial } == [0, 0, 1])
        #expect(!state.alerts.contains { $0.code == "zone-down" })
    }

    @Test func zonesAreUnknownUntilTargetHealthLoads() {
        var state = DashboardState(start: Fixtures.start, intervals: intervals)
        _ = state.apply(.polled(.autoScaling, .autoScaling([Fixtures.group()]), Fixtures.at(0)))
        #expect(state.zones.map(\.zone) == ["us-east-1a", "us-east-1b", "us-east-1c"])
        #expect(
            state.zones.allSatisfy {
                $0.condition == nil && $0.targets == nil && $0.databases == nil && $0.failedLaunches == nil
            })
    }

    @Test func aZoneSeenFailingAtFirstSightIsDownWithoutAPastCount() {
        var state = DashboardState(start: Fixtures.start, intervals: intervals)
        poll(&state, [Fixtures.targetGroup([("a", .healthy, nil), ("b", .draining, nil), ("c", .initial, nil)])], at: 0)
        #expect(state.zones.map(\.condition) == [.ok, .down, .ok], "targets only starting do not make a zone down")
        #expect(state.zones[1].wasTargets == nil)
    }

    @Test func aDatabaseWithItsStandbyInADownZoneWarnsAndWithItsPrimaryThereIsCritical() {
        var state = DashboardState(start: Fixtures.start, intervals: intervals)
        poll(&state, [targets(b: .healthy)], at: 0)
        _ = state.apply(
            .polled(
                .databases, .databases([Fixtures.database(primary: "us-east-1a", secondary: "us-east-1b")], events: []),
                Fixtures.at(1)))
        #expect(
            state.zones.map { $0.databases } == [
                ZoneDatabases(primary: ["shop-db"]), ZoneDatabases(standby: ["shop-db"]), ZoneDatabases()
            ])
        poll(&state, [targets(b: .unhealthy)], at: 10)
        #expect(state.alerts.contains(Alert(resource: "shop-db", .standbyZoneDown(zone: "us-east-1b"))))

        var primaryDown = DashboardState(start: Fixtures.start, intervals: intervals)
        poll(&primaryDown, [targets(b: .healthy)], at: 0)
        _ = primaryDown.apply(
            .polled(
                .databases, .databases([Fixtures.database(primary: "us-east-1b", secondary: "us-east-1a")], events: []),
                Fixtures.at(1)))
        poll(&primaryDown, [targets(b: nil)], at: 10)
        #expect(
            primaryDown.alerts.contains(Alert(resource: "shop-db", .primaryZoneDown(zone: "us-east-1b", multiAZ: true)))
        )
        #expect(!primaryDown.alerts.contains { $0.code == "db-standby-zone-down" })

        _ = primaryDown.apply(
            .polled(
                .databases,
                .databases(
                    [Fixtures.database(primary: "us-east-1b", secondary: "us-east-1a")],
                    events: [Fixtures.event("RDS-EVENT-0013", at: 11)]), Fixtures.at(12)))
        #expect(
            !primaryDown.alerts.contains { $0.code == "db-primary-zone-down" }, "a failover running has its own alert")
        #expect(primaryDown.alerts.contains { $0.code == "failover-in-progress" })
    }

    @Test func aTargetGroupWithoutHealthyTargetsInAServingZoneCountsWhatIsThere() {
        var state = DashboardState(start: Fixtures.start, intervals: intervals)
        var api = Fixtures.targetGroup([
            ("a", .healthy, nil), ("b", .draining, nil), ("b", .draining, nil), ("b", .unhealthy, "Target.Timeout")
        ])
        api.name = "api-tg"
        api.arn = "arn:tg/api-tg"
        poll(&state, [targets(b: .healthy), api], at: 0)
        #expect(state.zones.map(\.condition) == [.ok, .degraded, .ok])
        guard let first = state.alerts.first, case let .zoneWithoutHealthyTargets(counts) = first.condition else {
            Issue.record("no dead-zone alert: \(state.alerts)")
            return
        }
        #expect(first.resource == "api-tg" && first.severity == .critical)
        #expect(
            counts.zone == "us-east-1b" && counts.healthy == 0 && counts.unhealthy == 1 && counts.draining == 2
                && counts.total == 3)
    }

    @Test func healthyTargetsOfAnUnknownZoneTakeNoZoneDown() {
        var state = DashboardState(start: Fixtures.start, intervals: intervals)
        poll(&state, [targets(b: .healthy)], at: 0)
        var lost = targets(b: nil)
        lost.targets += (0..<3).map { TargetStatus(id: "i-b\($0)", port: 80, zone: nil, state: .healthy) }
        poll(&state, [lost], at: 10)
        #expect(
            state.zones.map(\.condition) == [.ok, .ok, .ok],
            "DescribeInstances failed: the healthy targets may be us-east-1b's")
        poll(&state, [targets(b: nil)], at: 20)
        #expect(state.zones.map(\.condition) == [.ok, .down, .ok])
    }

    @Test func eachRegionIsRememberedApart() throws {
        var state = DashboardState(start: Fixtures.start, intervals: intervals)
        var ireland = TargetGroupHealth(
            name: "eu-tg", arn: "arn:tg/eu-tg", loadBalancerName: "eu-alb", loadBalancerARN: "arn:lb/eu-alb",
            region: "eu-west-1", targets: [TargetStatus(id: "i-e1", zone: "eu-west-1a", state: .healthy)],
            enabledZones: ["eu-west-1a"])
        poll(&state, [targets(b: .healthy), ireland], at: 0)
        ireland.targets = []
        poll(&state, [targets(b: .healthy), ireland], at: 10)
        poll(&state, [targets(b: .healthy)], at: 20)
        let europe = try #require(state.zones.first { $0.region == "eu-west-1" })
        #expect(europe.key == ZoneKey(region: "eu-west-1", zone: "eu-west-1a"))
        #expect(europe.condition == .down)
        #expect(europe.downSince == Fixtures.at(10), "a poll without the region leaves its memory as it was")
        #expect(state.zones.filter { $0.region == "us-east-1" }.allSatisfy { $0.condition == .ok })
    }
}
