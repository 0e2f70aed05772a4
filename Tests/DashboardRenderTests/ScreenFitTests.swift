import DashboardModel
import DashboardRender
import Foundation
import Testing

/// What the screen says fits its cells: words go before numbers, and the notation is explained.
@Suite struct ScreenFitTests {
    /// A target group over five zones with double-digit counts of every kind.
    static func busyTargets() -> DashboardState {
        var state = LaunchDayFixture.state()
        let zones = ["us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d", "us-east-1f"]
        var targets: [TargetStatus] = []
        for (index, zone) in zones.enumerated() {
            for number in 0..<12 {
                targets.append(TargetStatus(id: "i-h\(index)-\(number)", zone: zone, state: .healthy))
            }
            for number in 0..<10 {
                targets.append(
                    TargetStatus(id: "i-u\(index)-\(number)", zone: zone, state: .unhealthy, reason: "Target.Timeout"))
            }
            for number in 0..<11 {
                targets.append(
                    TargetStatus(id: "i-i\(index)-\(number)", zone: zone, state: number % 2 == 0 ? .initial : .draining)
                )
            }
        }
        _ = state.apply(
            .polled(
                .targetHealth,
                .targetHealth([
                    TargetGroupHealth(
                        name: "checkout-service-tg", arn: "arn:tg/web", loadBalancerName: "shop-alb",
                        loadBalancerARN: "arn:lb/shop",
                        region: "us-east-1", targets: targets, enabledZones: zones)
                ]), LaunchDayFixture.at(60)))
        return state
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func theTargetGridNeverCutsACount(_ width: Int, _ height: Int) {
        let buffer = DashboardRenderer.render(
            Self.busyTargets(), context: LaunchDayFixture.context(), width: width, height: height)
        let row = (0..<height).map(buffer.line).first { $0.contains("check") && $0.contains("✓") } ?? ""
        #expect(row.components(separatedBy: "12✓ 11◌ 10✗").count - 1 == 5, "every zone's counts whole: \(row)")
        assertSnapshot(buffer.text, named: "busy-targets-\(width)x\(height)")
    }

    @Test func asciiMarksAreTheFallback() {
        let buffer = DashboardRenderer.render(
            Self.busyTargets(), context: LaunchDayFixture.context(glyphs: .ascii), width: 80, height: 24)
        #expect(buffer.text.contains("12+ 11~ 10x"))
        let offending = buffer.text.unicodeScalars.filter { !$0.isASCII }
        #expect(offending.isEmpty, "non-ASCII at 80x24: \(String(String.UnicodeScalarView(offending)))")
    }

    @Test func theHelpExplainsTheNotation() {
        var view = ViewState()
        view.overlay = .help
        var context = LaunchDayFixture.context(view: view)
        context.help = KeyMap.standard(readOnly: false, demo: true).help
        let buffer = DashboardRenderer.render(LaunchDayFixture.state(), context: context, width: 80, height: 24)
        #expect(buffer.text.contains("2✓ 1◌ 1✗  targets in a zone: healthy, starting or draining, unhealthy"))
    }

    @Test func eightyColumnsKeepTheRegionAndTheHelpKey() {
        // No data and no alerts, so the bottom line shows the key hints.
        let state = DashboardState(start: LaunchDayFixture.start)
        let buffer = DashboardRenderer.render(state, context: LaunchDayFixture.context(), width: 80, height: 24)
        #expect(buffer.line(0).contains("us-east-1 "), "\(buffer.line(0))")
        #expect(buffer.line(23).contains("? help") && buffer.line(23).contains("q quit"), "\(buffer.line(23))")
    }

    @Test func wordsAreDroppedBeforeNumbersAreCut() {
        #expect(Text.fitWords("failover done in 1m05s, 2m ago", 20) == "failover done in…")
        #expect(Text.fitWords("5xx 0.12%", 9) == "5xx 0.12%")
        #expect(Text.fitWords("req/min 13.9k  5xx 0.12%", 16) == "req/min 13.9k…")
        #expect(Text.firstFitting(["req/min 13.9k  5xx 0.1%", "13.9k/min  5xx 0.1%"], 22) == "13.9k/min  5xx 0.1%")
    }

    @Test func theEightyColumnPanelsCutNoNumber() {
        let buffer = DashboardRenderer.render(
            LaunchDayFixture.state(), context: LaunchDayFixture.context(), width: 80, height: 24)
        let text = buffer.text
        for cut in ["5xx 0.…", " 1…", "Multi-", "  s…", " u…", "PROGRESS 2…"] {
            #expect(!text.contains(cut), "\(cut) in:\n\(text)")
        }
        #expect(text.contains("primary 1a  standby 1b"))
        #expect(text.contains("FAILOVER 21s"))
    }
}
