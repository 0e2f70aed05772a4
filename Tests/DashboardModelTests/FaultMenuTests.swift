import DashboardModel
import Foundation
import Testing

/// The demo's fault menu: every item has a key, a tenth one too.
@Suite struct FaultMenuTests {
    static let faults = (1...10).map { FaultRequest(kind: "fault", argument: "\($0)") }

    func menu() -> (Interaction, DashboardState) {
        var interaction = Interaction(
            keyMap: .standard(readOnly: false, demo: true), readOnly: false, faults: Self.faults)
        let state = DashboardState(start: Fixtures.start)
        _ = interaction.handle(.character("F"), state: state)
        return (interaction, state)
    }

    @Test func aDigitPicksItsItemAndALetterTheTenth() {
        var (interaction, state) = menu()
        #expect(
            interaction.handle(.character("3"), state: state) == [.fault(FaultRequest(kind: "fault", argument: "3"))])
        (interaction, state) = menu()
        #expect(
            interaction.handle(.character("a"), state: state) == [.fault(FaultRequest(kind: "fault", argument: "10"))],
            "the tenth item is reachable")
        (interaction, state) = menu()
        #expect(interaction.handle(.character("b"), state: state).isEmpty, "a key past the items only closes the menu")
        #expect(interaction.view.overlay == .none)
    }
}
