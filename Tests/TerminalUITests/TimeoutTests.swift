import Testing

@testable import TerminalUI

/// Input timeouts in curses's milliseconds.
@Suite struct TimeoutTests {
    @Test func durationsBecomeWholeMilliseconds() {
        #expect(TerminalUI.milliseconds(.milliseconds(250)) == 250)
        #expect(TerminalUI.milliseconds(.microseconds(1)) == 1)
        #expect(TerminalUI.milliseconds(.zero) == 0)
        #expect(TerminalUI.milliseconds(.seconds(-1)) == 0)
        #expect(TerminalUI.milliseconds(.seconds(10_000_000)) == Int32.max)
    }
}
