import Foundation
import TestSupport

/// Issue 14's scale figure: `flightdeck snapshot --max-resources 1100` of `flightdeck simulate
/// --scale 1000` (1,001 groups, target groups and databases), a whole process, through the 40 ms
/// proxy; beside the same snapshot straight to the simulator (what the round trips cost).
enum ScaleSnapshotBenchmark {
    /// The target, in milliseconds.
    static let target = 4_000.0

    /// Runs the section; false when something could not be started or a snapshot failed.
    static func run(runs: Int = 3) async -> Bool {
        print(
            "== scale (issue 14): `flightdeck snapshot --max-resources 1100` of `simulate --scale 1000`, replies held "
                + "\(Int(SnapshotProcessBenchmark.delay * 1_000)) ms")
        guard let simulator = BenchSimulator.start(["--speed", "1", "--scale", "1000"], section: "scale") else {
            return false
        }
        defer { simulator.process.stop() }
        let endpoint = simulator.endpoint
        // Three simulated minutes, so CloudWatch has complete minutes to count targets from.
        let advance = try? Spawn.run([
            "python3", "-c",
            "import urllib.request,sys; urllib.request.urlopen(urllib.request.Request("
                + "sys.argv[1] + '/_sim/advance', data=b'{\"seconds\": 180}', method='POST'))", endpoint
        ])
        guard advance?.status == 0 else {
            print("scale: NOT RUN: the simulator's clock could not be advanced: \(advance?.stderr ?? "")")
            return false
        }
        let proxy: DelayProxy
        do {
            proxy = try DelayProxy(upstream: endpoint, delay: SnapshotProcessBenchmark.delay)
        } catch {
            print("scale: NOT RUN: \(error)")
            return false
        }
        defer { proxy.stop() }
        var failures: [String] = []
        var chain = ""
        var health = ""
        func snapshot(through url: String, folder: String) {
            let result = try? Spawn.run(
                [TestPaths.flightdeck.path, "snapshot", "--max-resources", "1100", "--format", "json", "--timings"],
                environment: simulator.keys.merging([
                    "AWS_ENDPOINT_URL": url, "AWS_REGION": "us-east-1",
                    "XDG_CACHE_HOME": folder, "HOME": folder, "AWS_CONFIG_FILE": folder + "/none",
                    "AWS_SHARED_CREDENTIALS_FILE": folder + "/none"
                ]) { _, new in new })
            guard let result, result.status == 0 else {
                failures.append("snapshot exited \(result?.status ?? -1): \(result?.stderr.suffix(300) ?? "")")
                return
            }
            chain = result.stderr
            health = Self.healthTally(result.stdout)
        }
        let direct = SnapshotProcessBenchmark.timed(runs: runs) { snapshot(through: endpoint, folder: $0) }
        let proxied = SnapshotProcessBenchmark.timed(runs: runs) { snapshot(through: proxy.url, folder: $0) }
        for failure in Set(failures) { print("  note: \(failure)") }
        Measure.report(
            "snapshot of 1,001 groups, target groups, databases", proxied, unit: "ms",
            baseline: ("the same, no proxy", direct), target: (target, "≤"),
            command: "flightdeck simulate --scale 1000 & delay_proxy.py --delay 0.04 & "
                + "flightdeck snapshot --max-resources 1100 --format json --timings")
        Measure.report("    the same straight to the simulator", direct, unit: "ms")
        print("    target health: \(health)")
        print(chain.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
        return failures.isEmpty
    }

    /// How many target groups were listed, counted from CloudWatch, or unknown, from the JSON.
    static func healthTally(_ json: String) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let balancers = object["loadBalancers"] as? [[String: Any]]
        else { return "unreadable JSON" }
        var tally: [String: Int] = [:]
        for balancer in balancers {
            for group in balancer["targetGroups"] as? [[String: Any]] ?? [] {
                tally[group["health"] as? String ?? "?", default: 0] += 1
            }
        }
        return tally.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
    }
}
