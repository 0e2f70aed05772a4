import DashboardModel
import Foundation
import Testing

/// Keys that change only the view: Esc out of a zoom, the filter prompt, the alert list, the quit question.
@Suite struct ViewKeyTests {
    let state = DashboardState(start: Fixtures.start)

    func press(_ keys: [KeyPress], _ interaction: inout Interaction) -> [UIEffect] {
        keys.flatMap { interaction.handle($0, state: state) }
    }

    @Test func escapeLeavesTheZoomAndDoesNothingElse() {
        var interaction = Interaction(keyMap: .standard(readOnly: false), readOnly: false)
        _ = press([.enter], &interaction)
        #expect(interaction.view.zoomed)
        #expect(press([.escape], &interaction).isEmpty)
        #expect(!interaction.view.zoomed)
        _ = press([.escape], &interaction)
        #expect(!interaction.view.zoomed, "Esc does not zoom back in")
        #expect(interaction.keyMap.help.contains { $0.key == "Esc" && $0.label == "leave zoom" })
    }

    @Test func slashStartsAnEmptyFilterAndEnterOnNothingClearsIt() {
        var interaction = Interaction(keyMap: .standard(readOnly: false), readOnly: false)
        _ = press([.character("/"), .character("w"), .character("e"), .character("b"), .enter], &interaction)
        #expect(interaction.view.filter == "web")
        _ = press([.character("/")], &interaction)
        #expect(
            interaction.view.overlay == .filter(text: ""), "a new filter starts empty, not with the old one to delete")
        _ = press([.character("d"), .character("b"), .escape], &interaction)
        #expect(interaction.view.filter == "web", "Esc keeps the filter as it was")
        _ = press([.character("/"), .enter], &interaction)
        #expect(interaction.view.filter.isEmpty, "Enter on an empty line clears the filter")
        #expect(interaction.view.overlay == .none)
    }

    @Test func filterTypingEditsAndResetsSelection() {
        var interaction = Interaction(keyMap: .standard(readOnly: false), readOnly: false)
        _ = press([.down, .character("/"), .character("x"), .character("y"), .backspace], &interaction)
        #expect(interaction.view.overlay == .filter(text: "x"))
        _ = press([.enter], &interaction)
        #expect(interaction.view.filter == "x" && interaction.view.selection.isEmpty)
    }

    @Test func aListsEveryAlertAndAnyKeyCloses() {
        var interaction = Interaction(keyMap: .standard(readOnly: true), readOnly: true)
        #expect(press([.character("a")], &interaction).isEmpty)
        #expect(interaction.view.overlay == .alerts)
        _ = press([.character("x")], &interaction)
        #expect(interaction.view.overlay == .none)
    }

    @Test func ctrlCAsksAndOnlyYesOrEnterQuits() {
        var interaction = Interaction(keyMap: .standard(readOnly: false), readOnly: false)
        _ = press([.interrupt], &interaction)
        #expect(interaction.view.overlay == .quitConfirm)
        #expect(press([.character("n")], &interaction).isEmpty)
        #expect(interaction.view.overlay == .none)
        _ = press([.interrupt], &interaction)
        #expect(press([.escape], &interaction).isEmpty)
        _ = press([.interrupt], &interaction)
        #expect(press([.character("y")], &interaction) == [.quit])
        _ = press([.interrupt], &interaction)
        #expect(press([.interrupt], &interaction) == [.quit], "a second Ctrl-C quits")
    }
}
