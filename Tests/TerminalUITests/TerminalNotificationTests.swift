import TerminalUI
import Testing

/// The exact bytes of the bell and the desktop notifications, bare and wrapped for tmux and GNU screen.
@Suite struct TerminalNotificationTests {
    static let title = "Flightdeck"
    static let body = "web-tg: us-east-1b has no healthy target"

    static func notification(
        bell: Bool, desktop: Bool, _ multiplexer: TerminalNotification.Multiplexer,
        title: String = title, body: String = body
    ) -> TerminalNotification {
        TerminalNotification(bell: bell, desktop: desktop, title: title, body: body, multiplexer: multiplexer)
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    static let osc9 = "\u{1B}]9;Flightdeck: web-tg: us-east-1b has no healthy target\u{07}"
    static let osc777 = "\u{1B}]777;notify;Flightdeck;web-tg: us-east-1b has no healthy target\u{07}"

    @Test func theBellIsOneBELAndNoSequence() {
        let bell = Self.notification(bell: true, desktop: false, .none)
        #expect(bell.bytes == [0x07])
        #expect(bell.sequences.isEmpty && bell.bell)
        #expect(
            Self.notification(bell: true, desktop: false, .tmux).bytes == [0x07],
            "tmux rings its own bell and passes it on")
    }

    @Test func oscSendsOSC9ThenOSC777EndedByBEL() {
        let osc = Self.notification(bell: false, desktop: true, .none)
        #expect(!osc.bell)
        #expect(osc.bytes == Self.bytes(Self.osc9 + Self.osc777))
    }

    @Test func bothRingsFirstThenNotifies() {
        #expect(
            Self.notification(bell: true, desktop: true, .none).bytes == [0x07] + Self.bytes(Self.osc9 + Self.osc777))
    }

    @Test func noneSendsNothing() {
        #expect(Self.notification(bell: false, desktop: false, .tmux).isEmpty)
    }

    @Test func insideTmuxEachSequenceIsAPassthroughWithItsEscapesDoubled() {
        let tmux =
            "\u{1B}Ptmux;\u{1B}\u{1B}]9;Flightdeck: web-tg: us-east-1b has no healthy target\u{07}\u{1B}\\"
            + "\u{1B}Ptmux;\u{1B}\u{1B}]777;notify;Flightdeck;web-tg: us-east-1b has no healthy target\u{07}\u{1B}\\"
        #expect(Self.notification(bell: true, desktop: true, .tmux).bytes == [0x07] + Self.bytes(tmux))
    }

    @Test func insideScreenEachSequenceIsADeviceControlString() {
        let screen = "\u{1B}P" + Self.osc9 + "\u{1B}\\" + "\u{1B}P" + Self.osc777 + "\u{1B}\\"
        #expect(Self.notification(bell: false, desktop: true, .screen).bytes == Self.bytes(screen))
    }

    @Test func theMultiplexerComesFromTheEnvironment() {
        typealias M = TerminalNotification.Multiplexer
        #expect(
            M(environment: ["TMUX": "/tmp/tmux-1000/default,123,0", "TERM": "screen-256color", "STY": "1.pts"]) == .tmux
        )
        #expect(M(environment: ["STY": "4242.pts-0.bastion", "TERM": "xterm"]) == .screen)
        #expect(M(environment: ["TERM": "screen.xterm-256color"]) == .screen)
        #expect(M(environment: ["TERM": "xterm-256color"]) == .none)
        #expect(M(environment: ["TMUX": "", "TERM": "xterm"]) == .none)
    }

    @Test func controlCharactersAndSemicolonsAreStrippedAndTheTextIsShort() {
        let sneaky = "db\u{1B}]52;c;aGk=\u{07}\nfails\u{9B}2J;\tnow\u{7F}"
        let notification = Self.notification(bell: false, desktop: true, .none, title: "Flightdeck; prod", body: sneaky)
        let expected =
            "\u{1B}]9;Flightdeck, prod: db ]52, c, aGk= fails 2J, now\u{07}"
            + "\u{1B}]777;notify;Flightdeck, prod;db ]52, c, aGk= fails 2J, now\u{07}"
        #expect(notification.bytes == Self.bytes(expected))
        #expect(notification.bytes.filter { $0 == 0x1B }.count == 2, "only the sequences' own ESCs")
        let long = Self.notification(
            bell: false, desktop: true, .none, title: String(repeating: "t", count: 100),
            body: String(repeating: "b", count: 500))
        let text = String(decoding: long.sequences, as: UTF8.self)
        #expect(text.contains(String(repeating: "t", count: 39) + "…:"))
        #expect(text.contains(String(repeating: "b", count: 159) + "…\u{07}"))
        #expect(!text.contains(String(repeating: "b", count: 160)))
    }
}
