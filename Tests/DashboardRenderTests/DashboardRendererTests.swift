import DashboardModel
import DashboardRender
import Foundation
import Testing

@Suite struct DashboardRendererTests {
    @Test(arguments: [(80, 24), (120, 40), (160, 48)])
    func launchDayScreen(_ width: Int, _ height: Int) {
        let buffer = DashboardRenderer.render(
            LaunchDayFixture.state(), context: LaunchDayFixture.context(), width: width, height: height)
        assertSnapshot(buffer.text, named: "launch-day-\(width)x\(height)")
    }

    @Test func asciiGlyphsLeaveNoNonASCIICharacter() {
        let buffer = DashboardRenderer.render(
            LaunchDayFixture.state(), context: LaunchDayFixture.context(glyphs: .ascii), width: 120, height: 40)
        let offending = buffer.text.unicodeScalars.filter { !$0.isASCII }
        #expect(offending.isEmpty, "non-ASCII: \(String(String.UnicodeScalarView(offending)))")
        assertSnapshot(buffer.text, named: "launch-day-ascii-120x40")
    }

    /// Zoomed, a panel fills the screen and spends its spare rows on the selected resource's parts.
    @Test(arguments: [PanelID.autoScaling, .loadBalancers, .databases, .cost])
    func zoomedPanelShowsTheSelectedResourcesParts(_ panel: PanelID) {
        var view = ViewState()
        view.focus = panel
        view.zoomed = true
        let buffer = DashboardRenderer.render(
            LaunchDayFixture.state(), context: LaunchDayFixture.context(view: view), width: 120, height: 40)
        assertSnapshot(buffer.text, named: "zoomed-\(panel)-120x40")
    }

    @Test func zoomedPanelFillsTheScreen() {
        var view = ViewState()
        view.focus = .loadBalancers
        view.zoomed = true
        let buffer = DashboardRenderer.render(
            LaunchDayFixture.state(), context: LaunchDayFixture.context(view: view), width: 80, height: 24)
        #expect(buffer.line(2).contains("Load balancers"), "below the header and the zones' line")
        #expect(!buffer.text.contains("Auto Scaling"))
    }

    @Test func tooSmallTerminalSaysSo() {
        let buffer = DashboardRenderer.render(
            LaunchDayFixture.state(), context: LaunchDayFixture.context(), width: 40, height: 10)
        #expect(buffer.line(0) == "Flightdeck needs at least 60x16;")
        #expect(buffer.line(1) == "this terminal is 40x10.")
    }

    @Test func staleSourceShowsItsAgeAndReason() {
        var state = LaunchDayFixture.state()
        _ = state.apply(.tick(LaunchDayFixture.at(70)))
        _ = state.apply(
            .polled(
                .autoScaling, .failed(SourceFailure(kind: .throttled, message: "Throttling: Rate exceeded")),
                LaunchDayFixture.at(75)))
        var context = LaunchDayFixture.context()
        context.now = LaunchDayFixture.at(76)
        let buffer = DashboardRenderer.render(state, context: context, width: 120, height: 40)
        #expect(
            buffer.line(4).contains("STALE 21s: Throttling: Rate exceeded"),
            "below the header and a row per zone: \(buffer.line(4))")
        #expect(buffer.text.contains("web-asg"), "last good data stays on screen")
    }

    @Test func confirmationOverlayShowsBeforeAfterAndTheTypedName() throws {
        var view = ViewState()
        let state = LaunchDayFixture.state()
        let group = try #require(state.groups.value?.first { $0.name == "web-asg" })
        let plan = ScalingPlanner.plan(ScalingRequest(group: "web-asg", desired: 4), group: group, prices: .bundled)
        #expect(plan.requiresTypedName, "\(plan)")
        view.overlay = .confirmScaling(plan, reoffered: false, typed: "web")
        let buffer = DashboardRenderer.render(
            state, context: LaunchDayFixture.context(view: view), width: 80, height: 24)
        #expect(buffer.text.contains("Scale web-asg?"))
        #expect(buffer.text.contains("desired \(group.desired) → 4"))
        #expect(buffer.text.contains("Type web-asg and press Enter to apply, Esc to cancel"))
        #expect(buffer.text.contains("> web_"))
    }

    @Test func changesSinceAnIdenticalFrameAreEmptyAndOneCellChangeIsOneRun() {
        let state = LaunchDayFixture.state()
        let first = DashboardRenderer.render(state, context: LaunchDayFixture.context(), width: 120, height: 40)
        #expect(first.changes(since: first).isEmpty)
        var second = first
        second.write("X", x: 5, y: 5)
        #expect(second.changes(since: first) == [CellRun(x: 5, y: 5, text: "X", style: .normal)])
        let full = first.changes(since: nil)
        #expect(full.map { $0.text.count }.reduce(0, +) == 120 * 40)
    }
}

@Suite struct OverlayTests {
    @Test func helpFitsAnEightyByTwentyFourTerminalInTwoColumns() {
        var view = ViewState()
        view.overlay = .help
        let keys = KeyMap.standard(readOnly: false, demo: true)
        var context = LaunchDayFixture.context(view: view)
        context.help = keys.help
        let buffer = DashboardRenderer.render(LaunchDayFixture.state(), context: context, width: 80, height: 24)
        for binding in keys.help {
            #expect(buffer.text.contains(binding.label), "\(binding.label) is missing from the help")
        }
        #expect(buffer.text.contains("any key closes"))
    }
}
