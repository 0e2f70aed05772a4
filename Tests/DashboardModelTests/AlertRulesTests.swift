import DashboardModel
import Foundation
import Testing

/// The rules' typed facts for the paths other suites check by code only.
@Suite struct AlertRulesTests {
    let intervals: [DataSource: Double] = [.autoScaling: 5, .targetHealth: 10, .databases: 15, .metrics: 60]

    @Test func aFailoverSaysHowLongItHasRunAtTheRulesClock() {
        var state = DashboardState(start: Fixtures.start, intervals: intervals)
        _ = state.apply(
            .polled(
                .databases, .databases([Fixtures.database()], events: [Fixtures.event("RDS-EVENT-0013", at: 101)]),
                Fixtures.at(105)))
        _ = state.apply(.tick(Fixtures.at(130)))
        let failover = state.alerts.filter { $0.code == "failover-in-progress" }
        #expect(failover == [Alert(resource: "shop-db", .failoverInProgress(runningFor: 29))])
        #expect(failover.first?.severity == .critical)
    }

    @Test func aSingleAZPrimaryInADownZoneHasNoStandby() {
        var state = DashboardState(start: Fixtures.start, intervals: intervals)
        var single = Fixtures.database(primary: "us-east-1b", secondary: nil)
        single.multiAZ = false
        _ = state.apply(.polled(.databases, .databases([single], events: []), Fixtures.at(1)))
        _ = state.apply(
            .polled(
                .targetHealth, .targetHealth([Fixtures.targetGroup([("a", .healthy, nil), ("b", .unhealthy, nil)])]),
                Fixtures.at(2)))
        #expect(state.alerts.contains(Alert(resource: "shop-db", .primaryZoneDown(zone: "us-east-1b", multiAZ: false))))
        #expect(!state.alerts.contains { $0.code == "db-standby-zone-down" })
    }

    @Test func unhealthyTargetsWithoutReasonsCarryNone() {
        var state = DashboardState(start: Fixtures.start, intervals: intervals)
        _ = state.apply(
            .polled(
                .targetHealth, .targetHealth([Fixtures.targetGroup([("a", .healthy, nil), ("a", .unhealthy, nil)])]),
                Fixtures.at(1)))
        #expect(
            state.alerts == [
                Alert(
                    resource: "web-tg",
                    .unhealthyTargets(ZoneTargetCounts(zone: "us-east-1a", healthy: 1, unhealthy: 1)))
            ])
        #expect(state.alerts.first?.severity == .warning)
    }

    @Test func staleSourcesSayWhyWithTheirAge() {
        var state = DashboardState(start: Fixtures.start, intervals: intervals)
        _ = state.apply(.polled(.databases, .databases([], events: []), Fixtures.at(2)))
        let denied = SourceFailure(kind: .accessDenied, message: "AccessDenied", action: "elasticloadbalancing:X")
        _ = state.apply(.polled(.targetHealth, .failed(denied), Fixtures.at(40)))
        _ = state.apply(.tick(Fixtures.at(62)))
        #expect(
            state.alerts == [
                Alert(resource: "RDS", .staleData(.databases, .old(age: 60, maxAge: 45))),
                Alert(resource: "Target health", .staleData(.targetHealth, .failed(denied, age: nil)))
            ])
        #expect(state.staleness(.autoScaling, at: Fixtures.at(62)) == nil, "never polled: not stale")
    }
}
