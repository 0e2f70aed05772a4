import Foundation

/// Issue 6's terminal figures: bytes written per steady refresh at 120x40, and CPU and resident
/// memory over a minute of idle watching at a 5 s refresh, read by Benchmarks/Scripts/terminal_watch.py.
enum TerminalBenchmark {
    /// The `flightdeck` executable next to this benchmark (both are built by `make bench-terminal`).
    static var flightdeck: String {
        let me = URL(fileURLWithPath: CommandLine.arguments[0])
        let path = me.deletingLastPathComponent().appendingPathComponent("flightdeck").path
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }

    /// Runs both watches; false when one could not run.
    static func run() -> Bool {
        print("== terminal (issue 6): the dashboard on a 120x40 pseudo-terminal, refresh every 5 s")
        print("host: \(RefreshBenchmark.host)")
        guard FileManager.default.isExecutableFile(atPath: flightdeck) else {
            print("terminal: NOT RUN: \(flightdeck) is missing (make bench-terminal builds it)")
            return false
        }
        do {
            let watchArguments = ["--flightdeck", flightdeck, "--seconds", "60"]
            let watch = try BenchScripts.run("terminal_watch.py", watchArguments)
            let command = "python3 " + BenchScripts.shell([BenchScripts.path("terminal_watch.py")] + watchArguments)
            report(watch, label: "dashboard on `simulate --speed 1`", command: command)
            let seconds = (watch["seconds"] as? Double) ?? .nan
            let cpu = (watch["cpu_percent"] as? Double) ?? .nan
            let simulator = (watch["simulator_cpu_percent"] as? Double) ?? .nan
            Measure.report(
                "CPU over \(Int(seconds.rounded())) s idle, % of one core", cpu, unit: "%",
                baseline: ("the simulator serving it", simulator), target: (1, "under"), command: command)
            let rssStart = Double((watch["rss_start_kb"] as? Int) ?? 0) / 1_024
            let rssEnd = Double((watch["rss_end_kb"] as? Int) ?? 0) / 1_024
            Measure.report(
                "resident memory after the minute (VmRSS)", rssEnd, unit: "MB",
                baseline: ("at its start", rssStart), target: (30, "under"), command: command)

            let demoArguments = ["--flightdeck", flightdeck, "--seconds", "30", "--demo"]
            let demo = try BenchScripts.run("terminal_watch.py", demoArguments)
            report(
                demo, label: "`flightdeck demo` (simulator at 10x)",
                command: "python3 " + BenchScripts.shell([BenchScripts.path("terminal_watch.py")] + demoArguments))
            return (watch["alive"] as? Bool) == true && (demo["alive"] as? Bool) == true
        } catch {
            print("terminal: FAILED: \(error)")
            return false
        }
    }

    /// Prints the bytes-per-refresh line of one watch against its full repaint.
    private static func report(_ watch: [String: Any], label: String, command: String) {
        if (watch["alive"] as? Bool) != true { print("  note: the dashboard exited before the end of the watch") }
        let perRefresh = (watch["bytes_per_refresh"] as? Double) ?? .nan
        let repaint = Double((watch["repaint_bytes"] as? Int) ?? 0)
        let seconds = (watch["seconds"] as? Double) ?? .nan
        let bursts = (watch["bursts"] as? Int) ?? 0
        let total = (watch["window_bytes"] as? Int) ?? 0
        print(
            "  \(label): \(total) B in \(Int(seconds.rounded())) s, \(bursts) separate writes, \(repaint.formatted()) B for a full repaint"
        )
        Measure.report(
            "bytes per steady refresh, 120x40, \(label)", perRefresh, unit: "B",
            baseline: ("full repaint", repaint), target: (4_096, "under"), command: command)
    }
}
