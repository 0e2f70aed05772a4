import DashboardModel
import Foundation
import Testing

/// When each alert started holding, kept by code and resource as alerts are evaluated.
@Suite struct AlertOnsetTests {
    static func alert(_ code: String, _ resource: String, _ message: String = "m") -> Alert {
        Alert(severity: .warning, code: code, resource: resource, message: message)
    }

    @Test func anAlertKeepsItsStartWhileItHoldsAndStartsAfreshAfterEnding() {
        var onsets = AlertOnsets()
        onsets.update(holding: [Self.alert("a", "x", "for 1s")], at: Fixtures.at(10))
        onsets.update(holding: [Self.alert("a", "x", "for 6s"), Self.alert("b", "y")], at: Fixtures.at(15))
        #expect(
            onsets.start(of: Self.alert("a", "x")) == Fixtures.at(10),
            "the message may change; code and resource do not")
        #expect(onsets.start(of: Self.alert("b", "y")) == Fixtures.at(15))
        onsets.update(holding: [Self.alert("b", "y")], at: Fixtures.at(20))
        #expect(onsets.start(of: Self.alert("a", "x")) == nil)
        onsets.update(holding: [Self.alert("a", "x"), Self.alert("b", "y")], at: Fixtures.at(25))
        #expect(onsets.start(of: Self.alert("a", "x")) == Fixtures.at(25))
        #expect(onsets.start(of: Self.alert("b", "y")) == Fixtures.at(15))
    }

    @Test func theDashboardRecordsStartsWhenItEvaluatesAlerts() {
        var state = DashboardState(start: Fixtures.start)
        _ = state.apply(.polled(.autoScaling, .autoScaling([Fixtures.group(max: 4, desired: 4)]), Fixtures.at(5)))
        _ = state.apply(.tick(Fixtures.at(30)))
        let ceiling = state.alerts.first { $0.code == "asg-at-ceiling" }
        #expect(ceiling.flatMap(state.alertOnsets.start(of:)) == Fixtures.at(5))
    }
}
