import DashboardModel
import DashboardRender
import Foundation
import Testing

/// What the colours say: graph roles by each series' direction, and stale panels drawn muted.
@Suite struct MeaningSnapshotTests {
    /// The Auto Scaling panel's data failed to refresh 15 s after its last success, a minute in.
    static func staleAutoScaling() -> (DashboardState, RenderContext) {
        var state = LaunchDayFixture.state()
        _ = state.apply(.tick(LaunchDayFixture.at(70)))
        _ = state.apply(
            .polled(
                .autoScaling, .failed(SourceFailure(kind: .throttled, message: "Throttling: Rate exceeded")),
                LaunchDayFixture.at(75)))
        var context = LaunchDayFixture.context()
        context.now = LaunchDayFixture.at(76)
        return (state, context)
    }

    @Test func graphsAreColouredByWhatTheirValuesMean() {
        let buffer = DashboardRenderer.render(
            LaunchDayFixture.state(), context: LaunchDayFixture.context(), width: 120, height: 40)
        // CloudFront (a hit ratio around 92-95%, above its 80% floor) and the Auto Scaling graphs (neutral counts).
        let top = (0..<40).first { buffer.line($0).contains("Auto Scaling") } ?? 1
        assertSnapshot(RoleSnapshot.text(buffer, rows: top..<top + 7, columns: 0..<120), named: "roles-graphs-120x40")
        let hitRow = (top..<top + 7).first { buffer.line($0).contains("  hit ") } ?? 0
        let hitRoles = (72..<120).map { buffer[$0, hitRow].style.role }.filter { $0.rawValue.hasPrefix("graph") }
        #expect(
            !hitRoles.isEmpty && hitRoles.allSatisfy { $0 == .graphGood }, "a healthy hit ratio is good at any height")
    }

    @Test func aStalePanelsValuesAreMuted() {
        let (state, context) = Self.staleAutoScaling()
        let buffer = DashboardRenderer.render(state, context: context, width: 120, height: 40)
        // The panels start below the zone strip.
        let top = (0..<40).first { buffer.line($0).contains("Auto Scaling") } ?? 1
        let bottom = (top + 1..<40).first { buffer.line($0).hasPrefix("┗") } ?? top + 9
        assertSnapshot(
            RoleSnapshot.text(buffer, rows: top..<bottom + 1, columns: 0..<71), named: "roles-stale-autoScaling-120x40")
        #expect(buffer.line(top).contains("STALE 21s"))
        let inside = (3..<70).flatMap { x in (top + 1..<bottom).map { y in buffer[x, y] } }.filter {
            $0.character != " "
        }
        #expect(
            inside.allSatisfy { $0.style.role == .stale || $0.style.role == .selection },
            "every value in the stale panel is muted")
        #expect(inside.contains { $0.character == "9" }, "the values stay on screen")
        // The fresh load balancer panel keeps its colours.
        let fresh = (0..<70).flatMap { x in (bottom + 2..<bottom + 5).map { y in buffer[x, y].style.role } }
        #expect(fresh.contains(.ok) && fresh.contains(.critical))
    }

    @Test func aFreshPanelIsNotMuted() {
        let buffer = DashboardRenderer.render(
            LaunchDayFixture.state(), context: LaunchDayFixture.context(), width: 120, height: 40)
        let top = (0..<40).first { buffer.line($0).contains("Auto Scaling") } ?? 1
        let roles = (3..<70).flatMap { x in (top + 1..<top + 9).map { y in buffer[x, y].style.role } }
        #expect(!roles.contains(.stale))
    }

    @Test func aThemeWithoutAStaleRoleUsesItsOwnMuted() throws {
        let theme = try ThemeCatalog.parse("roles:\n  muted: { fg: magenta }\n", file: "custom.yaml")
        #expect(theme[.stale].foreground == .ansi(.magenta))
        #expect(Theme.standard[.stale] == Theme.standard[.muted])
    }
}
