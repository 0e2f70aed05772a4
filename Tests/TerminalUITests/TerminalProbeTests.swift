import Foundation
import TestSupport
import Testing

/// TerminalUI on a real terminal: the probe runs in tmux, which the tests read, type into and resize.
///
/// Each run wraps the probe in a shell that records `stty -g` before and after it and prints its exit
/// status, so restoration is checked on the terminal's settings as well as on the screen.
@Suite(.serialized) struct TerminalProbeTests {
    /// One probe run in its own tmux server, with a scratch folder for stty and pid files.
    final class ProbeRun {
        let folder: URL
        let session: TmuxSession

        init(term: String = "xterm-256color", arguments: String = "", environment: [String: String] = [:]) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "probe-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let probe = TestPaths.products.appendingPathComponent("terminal-probe").path
            // The test runner's NO_COLOR and COLORTERM must not reach the probe unless a test sets them.
            let unset = ["NO_COLOR", "COLORTERM"].filter { environment[$0] == nil }.joined(separator: " ")
            let script = """
                unset \(unset); stty -g > \(folder.path)/before; TERM=\(term) \(probe) --pid-file \(folder.path)/pid \(arguments); \
                status=$?; stty -g > \(folder.path)/after; echo probe-status=$status; sleep 600
                """
            var env = ["LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no"]
            env.merge(environment) { _, new in new }
            session = try TmuxSession(command: script, environment: env)
        }

        /// The probe's process id, once it has written it.
        func pid() throws -> pid_t {
            let file = folder.appendingPathComponent("pid")
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline {
                if let text = try? String(contentsOf: file, encoding: .utf8),
                    let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
                {
                    return pid
                }
                Thread.sleep(forTimeInterval: 0.05)
            }
            throw TmuxError(message: "the probe wrote no pid")
        }

        /// `stty -g` before the probe and after it.
        func sttySettings() throws -> (before: String, after: String) {
            (
                try String(contentsOf: folder.appendingPathComponent("before"), encoding: .utf8),
                try String(contentsOf: folder.appendingPathComponent("after"), encoding: .utf8)
            )
        }

        deinit {
            session.kill()
            try? FileManager.default.removeItem(at: folder)
        }
    }

    init() throws {
        try #require(
            FileManager.default.isExecutableFile(
                atPath: TestPaths.products.appendingPathComponent("terminal-probe").path),
            "build the probe first: swift build --product terminal-probe")
    }

    @Test func drawsKeysResizesAndRestoresOnQ() throws {
        let run = try ProbeRun()
        let first = try run.session.waitFor("press q to quit")
        #expect(first.contains(" FLIGHTDECK PROBE 120x40"))
        #expect(first.contains("theme: default  colours: 256  glyphs: braille  term: xterm-256color"))
        #expect(first.contains("normal muted accent ok warning critical header selection border"))
        #expect(first.contains("┌─ panel ───"))
        #expect(first.contains("│ spark  ▁▁▂▂▃▃▄▄▅▅▆▆▇▇██"))
        #expect(first.contains("wide: 日本語 done"))
        #expect(first.contains("last key: none"))
        #expect(!first.contains("on stderr"), "stderr must not land on the dashboard")
        let lines = first.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count >= 40 && lines[39].contains("press q to quit"))

        // Colours reach the terminal as 256-colour escapes: critical is bold #ff5f5f → 203.
        let colored = try run.session.capture(escapes: true)
        #expect(colored.contains("38;5;203mcritical"), "\(colored)")

        for (key, name) in [
            ("Up", "up"), ("BTab", "shift-tab"), ("F5", "f5"), ("Enter", "enter"), ("Tab", "tab"), ("Escape", "escape")
        ] {
            try run.session.send(key)
            let screen = try run.session.waitFor("last key: \(name)\n")
            #expect(screen.contains("last key: \(name)\n"), "after \(key)")
        }
        try run.session.send("é", literal: true)
        #expect(try run.session.waitFor("last key: é").contains("last key: é"))

        try run.session.resize(width: 80, height: 24)
        // The status (row 12) can be on screen before the bottom row is repainted: wait for both.
        let resized = try run.session.waitFor { screen in
            screen.contains("re-laid out for 80x24")
                && screen.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(23).first?.contains(
                    "press q to quit") == true
        }
        #expect(resized.contains(" FLIGHTDECK PROBE 80x24"))
        let small = resized.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(small.count >= 24 && small[23].contains("press q to quit"))
        #expect(!resized.contains("120x40"))

        try run.session.send("q")
        let after = try run.session.waitFor("probe-status=")
        #expect(after.contains("probe: terminal restored after q"))
        #expect(after.contains("probe: a line on stderr while drawing"), "stderr is shown after restoring")
        #expect(after.contains("probe-status=0"))
        #expect(!after.contains("FLIGHTDECK PROBE"), "the alternate screen should be gone")
        let stty = try run.sttySettings()
        #expect(stty.before == stty.after)
    }

    @Test(arguments: [("TERM", SIGTERM, 143), ("HUP", SIGHUP, 129), ("INT", SIGINT, 130)])
    func signalRestoresTheTerminal(name: String, signal: Int32, status: Int) throws {
        let run = try ProbeRun()
        try run.session.waitFor("press q to quit")
        #expect(kill(try run.pid(), signal) == 0)
        let after = try run.session.waitFor("probe-status=")
        #expect(after.contains("probe-status=\(status)"), "SIG\(name): \(after)")
        #expect(after.contains("probe: a line on stderr while drawing"))
        #expect(!after.contains("FLIGHTDECK PROBE"))
        let stty = try run.sttySettings()
        #expect(stty.before == stty.after, "SIG\(name) left the terminal changed")
    }

    @Test func crashRestoresTheTerminal() throws {
        let run = try ProbeRun()
        try run.session.waitFor("press q to quit")
        try run.session.send("!", literal: true)
        let after = try run.session.waitFor("probe-status=")
        #expect(after.contains("probe-status=132") || after.contains("probe-status=133"), "\(after)")
        #expect(
            after.contains("Fatal error: terminal-probe: crash requested"), "the crash message is shown after restoring"
        )
        #expect(!after.contains("FLIGHTDECK PROBE"))
        let stty = try run.sttySettings()
        #expect(stty.before == stty.after)
    }

    @Test func exitWithoutStopRestoresTheTerminal() throws {
        let run = try ProbeRun()
        try run.session.waitFor("press q to quit")
        try run.session.send("x")
        let after = try run.session.waitFor("probe-status=")
        #expect(after.contains("probe-status=3"), "\(after)")
        #expect(!after.contains("FLIGHTDECK PROBE"))
        #expect(after.contains("probe: a line on stderr while drawing"))
        let stty = try run.sttySettings()
        #expect(stty.before == stty.after)
    }

    @Test func rawModeDeliversCtrlCAsAKey() throws {
        let run = try ProbeRun(arguments: "--raw")
        try run.session.waitFor("press q to quit")
        try run.session.send("C-c")
        #expect(try run.session.waitFor("last key: ctrl-c").contains("last key: ctrl-c"))
        try run.session.send("q")
        #expect(try run.session.waitFor("probe-status=").contains("probe-status=0"))
        let stty = try run.sttySettings()
        #expect(stty.before == stty.after)
    }

    @Test func unknownTermFallsBackWithANotice() throws {
        let run = try ProbeRun(term: "no-such-terminal")
        let screen = try run.session.waitFor("press q to quit")
        #expect(screen.contains("flightdeck: TERM 'no-such-terminal' is not in the terminfo database; using 'xterm'"))
        #expect(screen.contains("term: xterm\n"))
        try run.session.send("q")
        #expect(try run.session.waitFor("probe-status=").contains("probe-status=0"))
    }

    @Test func noColorAndNonUTF8LocaleGiveAttributesAndASCII() throws {
        let run = try ProbeRun(environment: ["NO_COLOR": "1", "LANG": "C"])
        let screen = try run.session.waitFor("press q to quit")
        #expect(screen.contains("colours: none  glyphs: ascii"))
        #expect(screen.contains("+- panel ---"))
        let colored = try run.session.capture(escapes: true)
        #expect(!colored.contains("38;5;"), "no colour escapes with NO_COLOR")
        try run.session.send("q")
        #expect(try run.session.waitFor("probe-status=").contains("probe-status=0"))
    }

    @Test(arguments: [
        ("screen-256color", "256", "braille"), ("tmux-256color", "256", "braille"), ("linux", "8", "blocks"),
        ("xterm", "8", "braille")
    ])
    func commonTerminalTypes(term: String, colours: String, glyphs: String) throws {
        let run = try ProbeRun(term: term)
        let screen = try run.session.waitFor("press q to quit")
        #expect(screen.contains("colours: \(colours)  glyphs: \(glyphs)  term: \(term)\n"), "\(screen)")
        try run.session.send("Up")
        #expect(try run.session.waitFor("last key: up").contains("last key: up"))
        try run.session.send("q")
        let after = try run.session.waitFor("probe-status=")
        #expect(after.contains("probe-status=0"))
        #expect(
            !after.contains("last key:"), "the last frame is gone, with an alternate screen (\(term)) or without one")
        let stty = try run.sttySettings()
        #expect(stty.before == stty.after)
    }

    @Test func asciiFlagAndVT100() throws {
        let run = try ProbeRun(term: "vt100", arguments: "--ascii")
        let screen = try run.session.waitFor("press q to quit")
        #expect(screen.contains("colours: none  glyphs: ascii  term: vt100"))
        #expect(screen.contains("| spark"))
        try run.session.send("q")
        let after = try run.session.waitFor("probe-status=")
        #expect(after.contains("probe-status=0"))
        #expect(
            !after.contains("last key:") && !after.contains("+- panel"),
            "vt100 has no alternate screen: the last frame is cleared")
        #expect(after.contains("probe: terminal restored after q"), "what the program prints after stopping stays")
        let stty = try run.sttySettings()
        #expect(stty.before == stty.after)
    }
}
