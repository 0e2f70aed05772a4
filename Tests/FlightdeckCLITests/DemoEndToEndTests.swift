import Foundation
import TestSupport
import Testing

/// `flightdeck demo` as a person uses it: in tmux, reading the screen, pressing keys.
@Suite(.serialized) struct DemoEndToEndTests {
    static func stateFolder() -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fd-demo-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    static func session(_ arguments: String, state: String, width: Int = 120, height: Int = 40) throws -> TmuxSession {
        // TERM goes on the command line: tmux sets its own TERM in the pane over `-e`.
        try TmuxSession(
            command: "TERM=xterm-256color \(TestPaths.flightdeck.path) demo \(arguments); echo EXITED $?; sleep 30",
            width: width, height: height, environment: ["LANG": "C.UTF-8", "XDG_STATE_HOME": state, "HOME": state])
    }

    static let panels = [
        "Auto Scaling", "Load balancers", "CloudFront", "RDS", "Cost", "Events", "web-asg", "shop-web-tg", "shop-db",
        "SIMULATION"
    ]

    @Test func everyPanelAppearsAScalingChangeIsConfirmedAppliedAndAuditedAndQuitRestores() throws {
        let state = Self.stateFolder()
        let tmux = try Self.session("--speed 10", state: state)
        defer { tmux.kill() }
        let first = try tmux.waitFor(timeout: 20) { screen in Self.panels.allSatisfy(screen.contains) }
        try #require(Self.panels.allSatisfy(first.contains), "panels missing:\n\(first)")

        // ncurses may flush a frame in several writes, so each wait asks for everything it then reads.
        try tmux.send("+")
        let dialog = try tmux.waitFor { $0.contains("Scale web-asg?") && $0.contains("y or Enter applies") }
        let match = try #require(dialog.firstMatch(of: /desired (\d+) → (\d+)/), "\(dialog)")
        let (before, after) = (try #require(Int(match.1)), try #require(Int(match.2)))
        #expect(after == before + 1)
        #expect(dialog.contains("y or Enter applies, n or Esc cancels"))
        try tmux.send("y")
        // During a ramp the policy may move the group between the dialog and the change: then the same
        // step is offered again against the new figures (never a bare refusal), and y applies it.
        var applied = try tmux.waitFor { screen in
            (screen.contains("Scale web-asg: applied") && screen.contains("request id"))
                || screen.contains("(it moved: offered again)")
        }
        var offers = 0
        while applied.contains("(it moved: offered again)"), offers < 2 {
            offers += 1
            try tmux.send("y")
            applied = try tmux.waitFor { screen in
                (screen.contains("Scale web-asg: applied") && screen.contains("request id"))
                    || screen.contains("(it moved: offered again)")
            }
        }
        #expect(applied.contains("request id"), "\(applied)")
        let audit = try String(contentsOfFile: state + "/flightdeck/demo-audit.jsonl", encoding: .utf8)
        // One record per outcome: a refusal for each move the dialog was offered again after, then the change.
        let lines = audit.split(separator: "\n")
        #expect(lines.count == offers + 1, "\(audit)")
        let last = try #require(lines.last)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any])
        #expect(record["result"] as? String == "applied")
        let applyBefore = try #require((record["before"] as? [String: Int])?["desired"])
        #expect((record["after"] as? [String: Int])?["desired"] == applyBefore + 1, "still one step")
        if offers == 0 {
            #expect(applyBefore == before && (record["after"] as? [String: Int])?["desired"] == after)
        }
        #expect(!audit.contains("fLiGhTdEcK/SiMuLaToR"), "no secret in the audit log")
        try tmux.send("Escape")
        let timeline = try tmux.waitFor("operator web-asg applied")
        #expect(timeline.contains("operator web-asg applied"))

        // Enter zooms the focused Auto Scaling panel: the group's instances and its scaling activity.
        try tmux.send("Enter")
        let zoomed = try tmux.waitFor { screen in
            ["web-asg: ", "InService", "scaling activity", "Launching a new EC2 instance"].allSatisfy(screen.contains)
                && !screen.contains("Events")
        }
        #expect(zoomed.contains("InService") && zoomed.contains("Launching a new EC2 instance"), "\(zoomed)")
        try tmux.send("Enter")
        _ = try tmux.waitFor { $0.contains("Events") && $0.contains("CloudFront") }

        try tmux.resize(width: 80, height: 24)
        let compact = try tmux.waitFor { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            // tmux cuts the old frame to 80 columns at once; only the compact layout puts CloudFront, RDS
            // and Cost side by side on one row.
            return ["Auto Scaling", "Load balancers", "Events"].allSatisfy(screen.contains)
                && lines.contains { $0.contains("CloudFront") && $0.contains("RDS") && $0.contains("Cost") }
                && lines.filter { !$0.isEmpty }.count >= 20 && lines.allSatisfy { $0.count <= 80 }
        }
        #expect(compact.contains("CloudFront") && compact.contains("RDS"), "\(compact)")

        try tmux.send("q")
        let exited = try tmux.waitFor("EXITED 0")
        #expect(exited.contains("EXITED 0"), "\(exited)")
        #expect(!exited.contains("Auto Scaling"), "the dashboard's screen is gone: the terminal was restored")
    }

    @Test func anOutageKeepsItsZoneDownUntilItServesAgain() throws {
        let state = Self.stateFolder()
        let scenario = state + "/outage.json"
        // Twenty seconds in at 30x, once the dashboard is surely up, for ten minutes of simulated time.
        try #"[{"at": 600, "fault": {"kind": "az-outage", "zone": "us-east-1b", "seconds": 600}}]"#
            .write(toFile: scenario, atomically: true, encoding: .utf8)
        let tmux = try Self.session("--speed 30 --read-only --scenario \(scenario)", state: state)
        defer { tmux.kill() }
        let up = try tmux.waitFor(timeout: 20) { screen in
            Self.panels.allSatisfy(screen.contains) && screen.contains("us-east-1b  OK")
        }
        try #require(up.contains("us-east-1b  OK"), "the zone serves before the outage:\n\(up)")
        // The zone strip and the timeline say the zone is down, and keep saying so after its targets
        // are gone, with what it had.
        // At 30x the timeline scrolls fast: each line is looked for in every capture, not all at once.
        var sawServesNothing = false
        let down = try tmux.waitFor(timeout: 60) { screen in
            sawServesNothing = sawServesNothing || screen.contains("us-east-1b serves nothing")
            return screen.contains("us-east-1b  DOWN since") && screen.contains("(was ")
        }
        #expect(down.contains("us-east-1b  DOWN since") && down.contains("(was "), "\(down)")
        _ = try tmux.waitFor(timeout: 10) { screen in
            sawServesNothing = sawServesNothing || screen.contains("us-east-1b serves nothing")
            return sawServesNothing
        }
        #expect(sawServesNothing, "the timeline said the zone serves nothing")
        try tmux.send("a")
        let alerts = try tmux.waitFor { $0.contains("CRITICAL us-east-1b: no healthy target") }
        #expect(alerts.contains("since "), "the alert list gives when it started: \(alerts)")
        try tmux.send("Escape")
        // 300 simulated seconds later the zone is back; Auto Scaling refills it, and only a healthy
        // target there ends the outage on screen.
        var sawServesAgain = false
        let back = try tmux.waitFor(timeout: 120) { screen in
            sawServesAgain = sawServesAgain || screen.contains("us-east-1b serves again after")
            return sawServesAgain && !screen.contains("us-east-1b  DOWN")
        }
        #expect(sawServesAgain, "the timeline said the zone serves again")
        #expect(!back.contains("us-east-1b  DOWN"), "\(back)")
        try tmux.send("q")
        _ = try tmux.waitFor("EXITED 0")
    }

    @Test func readOnlyBlocksEveryScalingPath() throws {
        let state = Self.stateFolder()
        let tmux = try Self.session("--read-only --speed 10", state: state)
        defer { tmux.kill() }
        let first = try tmux.waitFor(timeout: 20) {
            $0.contains("READ-ONLY") && $0.contains("web-asg") && $0.contains("r refresh")
        }
        #expect(first.contains("READ-ONLY"))
        #expect(!first.contains("+/-"), "no scaling hint in the key bar")
        try tmux.send("+")
        try tmux.send("y")
        try tmux.send(":")
        try tmux.send("scale web-asg desired=9", literal: true)
        try tmux.send("Enter")
        let refused = try tmux.waitFor {
            $0.contains("Flightdeck runs read-only") && $0.contains("scaling changes are off")
        }
        #expect(refused.contains("scaling changes are off"))
        try tmux.send("Escape")
        try tmux.send("q")
        _ = try tmux.waitFor("EXITED 0")
        #expect(
            !FileManager.default.fileExists(atPath: state + "/flightdeck/demo-audit.jsonl"), "nothing was attempted")
    }

    /// A demo whose database fails over 6 s in (60 simulated seconds at 10x), with tmux piping what
    /// the program writes to a file; returns the session and that file's path.
    static func failoverSession(_ arguments: String, state: String) throws -> (TmuxSession, String) {
        let scenario = state + "/failover.json"
        try #"[{"at": 60, "fault": {"kind": "rds-failover"}}]"#.write(
            toFile: scenario, atomically: true, encoding: .utf8)
        let tmux = try session("--speed 10 --read-only --scenario \(scenario) \(arguments)", state: state)
        let output = state + "/output.bin"
        try tmux.tmux(["pipe-pane", "-O", "-t", tmux.name, "cat >> \(output)"])
        return (tmux, output)
    }

    @Test func aCriticalAlertRingsAndNotifiesOnceThroughTmux() throws {
        let state = Self.stateFolder()
        let (tmux, output) = try Self.failoverSession("--notify both", state: state)
        defer { tmux.kill() }
        let failing = try tmux.waitFor(timeout: 30) { $0.contains("failover in progress") }
        try #require(failing.contains("failover in progress"), "\(failing)")
        // Many evaluations of the same failover (the clock ticks every simulated second) until it ends.
        let over = try tmux.waitFor(timeout: 30) { !$0.contains("failover in progress") }
        #expect(!over.contains("]9;") && !over.contains("notify;"), "nothing of the sequences on screen:\n\(over)")
        #expect(
            try tmux.tmux(["display", "-p", "-t", tmux.name, "#{window_bell_flag}"]).stdout.hasPrefix("1"),
            "tmux heard the bell")
        try tmux.send("q")
        _ = try tmux.waitFor("EXITED 0")
        let written = String(decoding: try Data(contentsOf: URL(fileURLWithPath: output)), as: UTF8.self)
        let osc9 = "\u{07}\u{1B}Ptmux;\u{1B}\u{1B}]9;Flightdeck demo: CRITICAL shop-db: failover in progress for "
        let osc777 = "\u{1B}Ptmux;\u{1B}\u{1B}]777;notify;Flightdeck demo;CRITICAL shop-db: failover in progress for "
        #expect(written.components(separatedBy: osc9).count == 2, "the bell and OSC 9, in tmux's passthrough, once")
        #expect(written.components(separatedBy: osc777).count == 2, "OSC 777 once")
    }

    @Test func theDemoSendsNothingUnlessAsked() throws {
        let state = Self.stateFolder()
        let (tmux, output) = try Self.failoverSession("", state: state)
        defer { tmux.kill() }
        let failing = try tmux.waitFor(timeout: 30) { $0.contains("failover in progress") }
        try #require(failing.contains("failover in progress"), "\(failing)")
        try tmux.send("q")
        _ = try tmux.waitFor("EXITED 0")
        #expect(
            try tmux.tmux(["display", "-p", "-t", tmux.name, "#{window_bell_flag}"]).stdout.hasPrefix("0"), "no bell")
        let written = String(decoding: try Data(contentsOf: URL(fileURLWithPath: output)), as: UTF8.self)
        #expect(!written.contains("\u{1B}Ptmux;"), "no notification")
    }
}
