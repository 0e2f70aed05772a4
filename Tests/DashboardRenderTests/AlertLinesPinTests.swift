import DashboardModel
import Foundation
import Testing

@testable import DashboardRender

/// Every alert's words as each reader shows them: the line (and desktop notification), the snapshot's
/// JSON and text, the bottom bar and the alert list; and each panel frame's stale mark. The snapshot was recorded before alerts became
/// typed conditions, so these words are byte for byte what the model's strings were.
@Suite struct AlertLinesPinTests {
    /// Each reader's lines for `state`, under headings.
    static func readings(_ name: String, _ state: DashboardState) throws -> String {
        let context = RenderContext(header: HeaderInfo(regions: ["us-east-1"]), now: state.now)
        var out = ["== \(name)", "-- alerts (code: line)"]
        out += state.alerts.map { "\($0.code): \(AlertText.line($0))" }
        let document = SnapshotDocument(state: state, account: nil, regions: ["us-east-1"], now: state.now)
        out.append("-- json")
        let json = try document.json().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let first = json.firstIndex(where: { $0.hasPrefix("  \"alerts\" : [") }) {
            let last = json[first...].firstIndex { $0 == "  ]," || $0.hasSuffix("\"alerts\" : [],") } ?? first
            out += json[first...last]
        }
        out.append("-- text")
        let text = SnapshotText.render(document).split(separator: "\n", omittingEmptySubsequences: false)
        if let first = text.firstIndex(of: "ALERTS") {
            out += text[(first + 1)...].prefix { !$0.isEmpty }.map(String.init)
        }
        for width in [300, 80] {
            var bar = CellBuffer(width: width, height: 1)
            BottomBar.draw(state, context: context, into: &bar, y: 0)
            out.append("-- bottom bar \(width)")
            out.append(bar.line(0))
        }
        out.append("-- alert list")
        out += OverlayView.alertLines(state, context: context)
        out.append("-- frames")
        for panel in PanelID.allCases where panel != .events {
            var frame = CellBuffer(width: 120, height: 3)
            _ = PanelFrame.draw(
                panel, state: state, context: context, into: &frame, rect: Rect(x: 0, y: 0, width: 120, height: 3))
            out.append(frame.line(0))
        }
        return out.joined(separator: "\n")
    }

    @Test func everyReaderShowsTheWordsTheModelUsedToWrite() throws {
        let all = EveryAlertFixture.all()
        let text = try all.map { try Self.readings($0.name, $0.state) }.joined(separator: "\n\n") + "\n"
        assertSnapshot(text, named: "every-alert-reading")
    }

    @Test func theFixtureRaisesEveryAlertCode() {
        let codes = Set(EveryAlertFixture.all().flatMap { $0.state.alerts.map(\.code) })
        #expect(
            codes == [
                "asg-at-ceiling", "launch-failures", "asg-ceiling-soon", "asg-ceiling-starved", "vcpu-quota-short",
                "zone-down", "zone-without-healthy-targets", "unhealthy-targets", "hit-ratio-low", "5xx-rate-high",
                "failover-in-progress", "db-primary-zone-down", "db-standby-zone-down", "credentials-ending",
                "credentials-ended", "credentials-refused", "stale-data"
            ])
    }
}
