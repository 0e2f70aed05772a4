import DashboardModel
import DashboardRender
import Foundation
import Testing

/// A stack's header colour: the whole bar drawn in that role, reversed; without one, the `header` role.
@Suite struct HeaderColorTests {
    func header(color: StyleRole?, stack: String? = "production") -> [Cell] {
        var context = LaunchDayFixture.context()
        context.header.stack = stack
        context.header.color = color
        let buffer = DashboardRenderer.render(LaunchDayFixture.state(), context: context, width: 120, height: 40)
        return (0..<buffer.width).map { buffer[$0, 0] }
    }

    @Test func aColouredStackDrawsTheWholeBarInItsRole() {
        let cells = header(color: .critical)
        let plain = cells.filter { $0.style.role != .banner }
        #expect(
            plain.allSatisfy { $0.style.role == .critical && $0.style.reverse }, "every cell but the SIMULATION badge")
        #expect(String(cells.compactMap(\.character)).contains("stack production"))
    }

    @Test func withoutAColourTheBarKeepsTheHeaderRole() {
        let cells = header(color: nil, stack: nil)
        #expect(cells.filter { $0.style.role != .banner }.allSatisfy { $0.style.role == .header })
    }
}
