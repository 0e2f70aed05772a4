import Foundation
import TestSupport
import Testing

/// `flightdeck schedule` and `flightdeck scale --yes` against `flightdeck simulate`, as separate
/// processes: create, list, delete, dry run, bad times refused before any request, read-only, and a
/// group that a scheduled action moves between scale's read and its change.
@Suite(.serialized) struct ScheduleCommandTests {
    /// A zone with no daylight saving and a half-hour offset, so local time and UTC differ visibly.
    static let zone = TimeZone(identifier: "Asia/Kolkata") ?? .current

    /// `date` as `YYYY-MM-DD HH:MM` in `zone`.
    static func local(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(
            format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0,
            parts.minute ?? 0)
    }

    func run(_ arguments: [String], _ simulator: SimulatorProcess, home: String, extra: [String: String] = [:]) throws
        -> ProcessResult
    {
        try CommandHarness.run(
            arguments, simulator, home: home, extra: ["TZ": "Asia/Kolkata"].merging(extra) { _, new in new })
    }

    /// The simulator's clock, read from its control endpoint.
    func simulatedNow(_ simulator: SimulatorProcess) throws -> Date {
        let endpoint = try #require(simulator.environment["AWS_ENDPOINT_URL"])
        let reply = try ProcessRunner.run("curl", ["-s", endpoint + "/_sim/state"])
        let state = try #require(try JSONSerialization.jsonObject(with: Data(reply.stdout.utf8)) as? [String: Any])
        let text = try #require((state["simulation"] as? [String: Any])?["date"] as? String)
        return try #require(try? Date(text, strategy: .iso8601))
    }

    @Test func createListDeleteAndDryRun() throws {
        let simulator = try SimulatorProcess(arguments: ["--speed", "1"])
        defer { simulator.stop() }
        let home = try CommandHarness.folder()
        let start = Date().addingTimeInterval(2 * 3_600)
        let at = Self.local(start)
        let until = Self.local(start.addingTimeInterval(3 * 3_600))
        // The zone's label as Foundation gives it here (`IST` or `GMT+5:30`), the same call the command makes.
        let label = Self.zone.abbreviation(for: start) ?? "IST"

        let dry = try run(
            ["schedule", "web-asg", "--min", "6", "--max", "20", "--at", at, "--until", until, "--dry-run"], simulator,
            home: home)
        #expect(dry.status == 0, "\(dry.stdout)\(dry.stderr)")
        #expect(dry.stdout.contains("from  \(at) \(label) ("), "local time, then UTC: \(dry.stdout)")
        #expect(dry.stdout.contains(" UTC)") && dry.stdout.contains("until \(until) \(label) ("))
        #expect(
            dry.stdout.contains("  min 2 → 6") && dry.stdout.contains(": put back to min 2, max 20"), "\(dry.stdout)")
        #expect(dry.stdout.contains(/cost while it holds \+\$\d+\.\d{3}\/h/), "\(dry.stdout)")
        #expect(dry.stdout.contains("dry run: nothing scheduled"))
        #expect(
            try run(["schedule", "web-asg", "--list"], simulator, home: home).stdout.contains(
                "web-asg: no scheduled actions"))

        let created = try run(
            ["schedule", "web-asg", "--min", "6", "--max", "20", "--at", at, "--until", until, "--yes"], simulator,
            home: home)
        #expect(created.status == 0, "\(created.stdout)\(created.stderr)")
        let names = created.stdout.matches(of: /scheduled (flightdeck-prewarm-\d{8}T\d{4}Z(-until)?)\n/).map {
            String($0.1)
        }
        #expect(names.count == 2 && names[1] == names[0] + "-until", "\(created.stdout)")

        let listed = try run(["schedule", "web-asg", "--list"], simulator, home: home)
        #expect(
            listed.status == 0 && listed.stdout.contains("web-asg: 2 scheduled actions"),
            "\(listed.stdout)\(listed.stderr)")
        #expect(
            listed.stdout.contains("\(names[0]): \(at) \(label) (") && listed.stdout.contains("min 6, max 20"),
            "\(listed.stdout)")

        let again = try run(["schedule", "web-asg", "--min", "6", "--at", at, "--yes"], simulator, home: home)
        #expect(
            again.status != 0 && again.stdout.contains("has a scheduled action named \(names[0]) already"),
            "\(again.stdout)")

        let deleted = try run(["schedule", "web-asg", "--delete", names[1], "--yes"], simulator, home: home)
        #expect(
            deleted.status == 0 && deleted.stdout.contains("deleted scheduled action \(names[1]) of web-asg"),
            "\(deleted.stdout)\(deleted.stderr)")
        let unknown = try run(["schedule", "web-asg", "--delete", names[1], "--yes"], simulator, home: home)
        #expect(
            unknown.status != 0 && unknown.stderr.contains("web-asg has no scheduled action named \(names[1])"),
            "\(unknown.stderr)")
        #expect(
            try run(["schedule", "web-asg", "--list"], simulator, home: home).stdout.contains(
                "web-asg: 1 scheduled action\n"))

        let audit = try String(contentsOfFile: home + "/state/flightdeck/audit.jsonl", encoding: .utf8)
        let results = audit.split(separator: "\n").compactMap { line -> String? in
            guard let record = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                return nil
            }
            return "\(record["result"] ?? "") \(record["scheduledAction"] ?? "")"
        }
        #expect(
            results == ["scheduled \(names[0])", "scheduled \(names[1])", "refused \(names[0])", "deleted \(names[1])"],
            "\(results)")
        #expect(!audit.contains(CommandHarness.sessionToken))
    }

    @Test func badTimesAndValuesAreRefusedBeforeAnyRequest() throws {
        let simulator = try SimulatorProcess(arguments: ["--speed", "1"])
        defer { simulator.stop() }
        let home = try CommandHarness.folder()
        // Nothing listens on port 9: a command that sent a request would fail to connect instead.
        let nowhere = ["AWS_ENDPOINT_URL": "http://127.0.0.1:9"]
        let soon = Self.local(Date().addingTimeInterval(3_600))
        let cases: [([String], String)] = [
            (["--min", "6", "--at", "25:00"], "--at '25:00' is not a time"),
            (["--min", "6", "--at", Self.local(Date().addingTimeInterval(-3_600))], "is not in the future"),
            (
                ["--min", "6", "--at", soon, "--until", Self.local(Date().addingTimeInterval(1_800))],
                "is not after --at"
            ),
            (["--min", "8", "--max", "4", "--at", soon], "--min 8 is above --max 4"),
            (["--desired=-1", "--at", soon], "--desired cannot be negative"),
            (["--until", soon], "--at TIME is needed")
        ]
        for (arguments, message) in cases {
            let result = try run(["schedule", "web-asg"] + arguments + ["--yes"], simulator, home: home, extra: nowhere)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("connect"), "\(arguments): no request was made")
        }
        #expect(
            !FileManager.default.fileExists(atPath: home + "/state/flightdeck/audit.jsonl"), "nothing was attempted")
        let aboveMax = try run(["schedule", "web-asg", "--min", "30", "--at", soon, "--yes"], simulator, home: home)
        #expect(
            aboveMax.status != 0 && aboveMax.stdout.contains("cannot schedule: min 30 is above max 20"),
            "\(aboveMax.stdout)")
        #expect(
            try run(["schedule", "web-asg", "--list"], simulator, home: home).stdout.contains("no scheduled actions"))
    }

    @Test func aReadOnlyStackRefusesToScheduleButLists() throws {
        let simulator = try SimulatorProcess(arguments: ["--speed", "1"])
        defer { simulator.stop() }
        let home = try CommandHarness.folder()
        let endpoint = try #require(simulator.environment["AWS_ENDPOINT_URL"])
        try CommandHarness.write(
            """
            defaultStack: prod
            stacks:
              prod:
                regions: us-east-1
                endpointURL: \(endpoint)
                readOnly: true
            """, to: home + "/.config/flightdeck/config.yaml")
        let refused = try run(
            ["schedule", "web-asg", "--min", "6", "--at", Self.local(Date().addingTimeInterval(3_600)), "--yes"],
            simulator, home: home)
        #expect(refused.status != 0 && refused.stderr.contains("stack 'prod' is read-only"), "\(refused.stderr)")
        #expect(try run(["schedule", "web-asg", "--list"], simulator, home: home).status == 0)
        #expect(!FileManager.default.fileExists(atPath: home + "/state/flightdeck/audit.jsonl"))
    }

    /// A scheduled action moves the group while `scale` prices its plan: the Pricing reply is held back
    /// 20 s, and once scale is waiting for it (it read the group already) the simulated clock jumps past
    /// the action's time. The re-read finds other limits, the value asked no longer fits: exit 4.
    @Test func scaleYesExitsFourWhenAScheduledActionMovedTheGroup() throws {
        let simulator = try SimulatorProcess(arguments: ["--speed", "0.001"])
        defer { simulator.stop() }
        let home = try CommandHarness.folder()
        let endpoint = try #require(simulator.environment["AWS_ENDPOINT_URL"])
        let iso = ISO8601DateFormatter().string(from: try simulatedNow(simulator).addingTimeInterval(300))
        let scheduled = try run(
            ["schedule", "web-asg", "--min", "8", "--max", "20", "--desired", "8", "--at", iso, "--yes"], simulator,
            home: home)
        #expect(scheduled.status == 0, "\(scheduled.stdout)\(scheduled.stderr)")
        let fault = try ProcessRunner.run(
            "curl",
            [
                "-s", "-f", "-X", "POST", endpoint + "/_sim/fault", "-d",
                #"{"kind": "slow", "service": "pricing", "delay": 20, "count": 1, "seconds": 120}"#
            ])
        #expect(fault.status == 0, "\(fault.stderr)")
        // A home without a price cache, so scale asks the Pricing API (after reading the group).
        let fresh = try CommandHarness.folder()
        // The held reply must not time out first: the client waits up to 30 s for it. Scale runs on a
        // thread of its own and this test watches on its own thread: neither waits for the shared pool,
        // which other tests' blocking calls can hold for seconds.
        let scaling = ThreadResult {
            try self.run(["scale", "web-asg", "--desired", "4", "--yes", "--timeout", "30"], simulator, home: fresh)
        }
        // Waiting: the held fault was seen untaken, then taken (its count at 0, or gone once spent).
        var seenUntaken = false
        var waiting = false
        let watchStart = Date()
        for _ in 0..<400 where !waiting {
            Thread.sleep(forTimeInterval: 0.05)
            let state = try ProcessRunner.run("curl", ["-s", endpoint + "/_sim/state"])
            let document = try JSONSerialization.jsonObject(with: Data(state.stdout.utf8)) as? [String: Any]
            let faults = (document?["wireFaults"] as? [[String: Any]]) ?? []
            if faults.contains(where: { ($0["remaining"] as? Int) == 1 }) { seenUntaken = true }
            waiting = seenUntaken && faults.allSatisfy { ($0["remaining"] as? Int) == 0 }
        }
        let noticed = Date().timeIntervalSince(watchStart)
        #expect(waiting, "scale reached its Pricing call (seen untaken: \(seenUntaken))")
        let advanced = try ProcessRunner.run(
            "curl", ["-s", "-X", "POST", endpoint + "/_sim/advance", "-d", #"{"seconds": 600}"#])
        #expect(advanced.status == 0)
        let scaled = try scaling.value()
        #expect(scaled.status == 4, "taken noticed after \(noticed) s: \(scaled.stdout)\(scaled.stderr)")
        #expect(
            scaled.stdout.contains(
                "changed since the dialog opened (now min 8 desired 8 max 20), moved by a scheduled action"),
            "\(scaled.stdout)")
        #expect(
            scaled.stdout.contains("cannot apply: desired 4 is outside min..max 8..20"),
            "the new plan: \(scaled.stdout)")
        #expect(scaled.stdout.contains("not applied: the group moved"))
    }
}

/// The result of a throwing call run on a thread of its own.
final class ThreadResult<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, any Error>?

    /// Starts `work` on a new thread.
    init(_ work: @escaping @Sendable () throws -> Value) {
        Thread { [self] in
            result = Result { try work() }
            done.signal()
        }.start()
    }

    /// Waits for the call and returns its value or throws its error.
    func value() throws -> Value {
        done.wait()
        return try (result ?? .failure(CancellationError())).get()
    }
}
