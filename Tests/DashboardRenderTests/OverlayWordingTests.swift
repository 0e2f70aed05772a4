import DashboardModel
import DashboardRender
import Foundation
import Testing

/// The overlays' words: the alert list with start times, the filter prompt, the quit question.
@Suite struct OverlayWordingTests {
    static func render(_ overlay: Overlay, state: DashboardState = LaunchDayFixture.state(), filter: String = "")
        -> CellBuffer
    {
        var view = ViewState()
        view.overlay = overlay
        view.filter = filter
        return DashboardRenderer.render(state, context: LaunchDayFixture.context(view: view), width: 120, height: 40)
    }

    @Test func theAlertListShowsEveryAlertWithItsStart() {
        let state = LaunchDayFixture.state()
        let buffer = Self.render(.alerts, state: state)
        #expect(
            state.alerts.count == 4,
            "the failover, the down zone, worker-asg at its ceiling, web-asg reaching its own in ~2 min")
        for alert in state.alerts { #expect(buffer.text.contains("\(alert.resource): \(AlertText.words(alert))")) }
        assertSnapshot(buffer.text, named: "alerts-overlay-120x40")
    }

    @Test func theBottomLineSaysWhichKeyListsTheOtherAlerts() {
        let buffer = DashboardRenderer.render(
            LaunchDayFixture.state(), context: LaunchDayFixture.context(), width: 80, height: 24)
        #expect(buffer.line(23).hasSuffix("(+3 more alerts: a lists all)"), "\(buffer.line(23))")
    }

    @Test func theFilterPromptStartsEmptyAndSaysHowToClear() {
        let text = Self.render(.filter(text: ""), filter: "web").text
        #expect(text.contains("Filter by name (now \"web\")"))
        #expect(text.contains("> _"))
        #expect(text.contains("Enter on an empty line clears the filter"))
    }

    @Test func theQuitQuestionDoesNotSayApplies() {
        let text = Self.render(.quitConfirm).text
        #expect(text.contains("Quit Flightdeck?"))
        #expect(text.contains("y or Enter quits, n or Esc stays"))
        #expect(!text.contains("applies"))
    }
}
