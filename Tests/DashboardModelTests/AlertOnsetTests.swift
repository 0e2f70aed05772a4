import DashboardModel
import Foundation
import Testing

/// When each alert started holding, kept by code and resource as alerts are evaluated.
@Suite struct AlertOnsetTests {
    /// A failover alert about `resource`, running for `seconds`.
    static func failover(_ resource: String, _ seconds: TimeInterval = 1) -> Alert {
        Alert(resource: resource, .failoverInProgress(runningFor: seconds))
    }

    /// A standby-zone alert about `resource`.
    static func standby(_ resource: String) -> Alert {
        Alert(resource: resource, .standbyZoneDown(zone: "us-east-1b"))
    }

    @Test func anAlertKeepsItsStartWhileItHoldsAndStartsAfreshAfterEnding() {
        var onsets = AlertOnsets()
        onsets.update(holding: [Self.failover("x", 1)], at: Fixtures.at(10))
        onsets.update(holding: [Self.failover("x", 6), Self.standby("y")], at: Fixtures.at(15))
        #expect(
            onsets.start(of: Self.failover("x", 11)) == Fixtures.at(10),
            "the facts may change; code and resource do not")
        #expect(onsets.start(of: Self.standby("y")) == Fixtures.at(15))
        onsets.update(holding: [Self.standby("y")], at: Fixtures.at(20))
        #expect(onsets.start(of: Self.failover("x")) == nil)
        onsets.update(holding: [Self.failover("x"), Self.standby("y")], at: Fixtures.at(25))
        #expect(onsets.start(of: Self.failover("x")) == Fixtures.at(25))
        #expect(onsets.start(of: Self.standby("y")) == Fixtures.at(15))
    }

    @Test func theDashboardRecordsStartsWhenItEvaluatesAlerts() {
        var state = DashboardState(start: Fixtures.start)
        _ = state.apply(.polled(.autoScaling, .autoScaling([Fixtures.group(max: 4, desired: 4)]), Fixtures.at(5)))
        _ = state.apply(.tick(Fixtures.at(30)))
        let ceiling = state.alerts.first { $0.code == "asg-at-ceiling" }
        #expect(ceiling.flatMap(state.alertOnsets.start(of:)) == Fixtures.at(5))
    }
}
