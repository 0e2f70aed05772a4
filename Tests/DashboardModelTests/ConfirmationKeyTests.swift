import Testing

@testable import DashboardModel

/// One rule for every confirmation dialog's keys: the scaling change, the schedule and its deletion.
@Suite struct ConfirmationKeyTests {
    @Test func aYesNoQuestion() {
        for key: KeyPress in [.enter, .character("y"), .character("Y")] {
            #expect(ConfirmationKey(key, name: nil, typed: "") == .confirm)
        }
        for key: KeyPress in [.escape, .interrupt, .character("n"), .character("N")] {
            #expect(ConfirmationKey(key, name: nil, typed: "") == .cancel)
        }
        #expect(ConfirmationKey(.character("x"), name: nil, typed: "") == .ignore)
        #expect(ConfirmationKey(.backspace, name: nil, typed: "") == .ignore)
    }

    @Test func aQuestionThatAsksForTheName() {
        #expect(ConfirmationKey(.character("w"), name: "web", typed: "") == .typed("w"))
        #expect(
            ConfirmationKey(.character("y"), name: "web", typed: "we") == .typed("wey"),
            "y is a letter of the name here")
        #expect(ConfirmationKey(.backspace, name: "web", typed: "we") == .typed("w"))
        #expect(
            ConfirmationKey(.enter, name: "web", typed: "we") == .typed(""), "a wrong name is cleared, nothing applied")
        #expect(ConfirmationKey(.enter, name: "web", typed: "web") == .confirm)
        #expect(ConfirmationKey(.escape, name: "web", typed: "web") == .cancel)
        #expect(ConfirmationKey(.interrupt, name: "web", typed: "") == .cancel)
        #expect(ConfirmationKey(.up, name: "web", typed: "w") == .ignore)
    }
}
