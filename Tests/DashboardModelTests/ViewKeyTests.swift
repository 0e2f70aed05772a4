import DashboardModel
import Foundation
import Testing

/// Keys that change only the view: the alert list.
@Suite struct ViewKeyTests {
    let state = DashboardState(start: Fixtures.start)

    func press(_ keys: [KeyPress], _ interaction: inout Interaction) -> [UIEffect] {
        keys.flatMap { interaction.handle($0, state: state) }
    }

    @Test func aListsEveryAlertAndAnyKeyCloses() {
        var interaction = Interaction(keyMap: .standard(readOnly: true), readOnly: true)
        #expect(press([.character("a")], &interaction).isEmpty)
        #expect(interaction.view.overlay == .alerts)
        _ = press([.character("x")], &interaction)
        #expect(interaction.view.overlay == .none)
    }
}
