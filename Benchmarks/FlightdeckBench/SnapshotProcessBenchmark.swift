import Foundation
import TestSupport

/// Issue 14's figure: one `flightdeck snapshot` as a whole process against `flightdeck simulate`,
/// through a loopback proxy that holds every reply 40 ms (`Benchmarks/Scripts/delay_proxy.py`),
/// beside boto3 making the same calls one after another through the same proxy, also a whole process.
enum SnapshotProcessBenchmark {
    /// How long the proxy holds each reply, in seconds: a round trip to an AWS region.
    static let delay = 0.04
    /// The calls of one snapshot of the simulated shop with empty caches, as `--log-file` lists them
    /// (the four GetProducts are the instance type, the database class, the ALB hour and CloudFront's GB).
    static let calls = [
        "sts:GetCallerIdentity", "autoscaling:DescribeAutoScalingGroups", "autoscaling:DescribeScalingActivities",
        "autoscaling:DescribePolicies", "rds:DescribeDBInstances", "rds:DescribeDBClusters", "rds:DescribeEvents",
        "cloudfront:ListDistributions", "cloudfront:GetMonitoringSubscription",
        "elasticloadbalancing:DescribeLoadBalancers",
        "elasticloadbalancing:DescribeTargetGroups", "elasticloadbalancing:DescribeTargetHealth", "ce:GetCostAndUsage",
        "pricing:GetProducts", "pricing:GetProducts", "pricing:GetProducts", "pricing:GetProducts",
        "monitoring:GetMetricData[AWS/EC2;AWS/ApplicationELB]", "monitoring:GetMetricData[AWS/CloudFront]"
    ]
    /// The longest chain of calls that need each other's answers: the lists, then the monitoring
    /// subscription (or target health, or prices), then GetMetricData.
    static let chain = 3

    /// Runs the section; false when something could not be started or a snapshot failed.
    static func run(runs: Int = 7) async -> Bool {
        print(
            "== snapshot (issue 14): one `flightdeck snapshot`, a whole process, every reply held \(Int(delay * 1_000)) ms by a loopback proxy"
        )
        guard let simulator = BenchSimulator.start(["--speed", "1"], section: "snapshot") else { return false }
        defer { simulator.process.stop() }
        let endpoint = simulator.endpoint
        let proxy: DelayProxy
        do {
            proxy = try DelayProxy(upstream: endpoint, delay: delay)
        } catch {
            print("snapshot: NOT RUN: \(error)")
            return false
        }
        defer { proxy.stop() }
        let keys = simulator.keys
        let flightdeck = TestPaths.flightdeck.path
        var failures: [String] = []
        let startup = timed(runs: runs) { _ in
            if (try? Spawn.run([flightdeck, "--version"]))?.status != 0 {
                failures.append("flightdeck --version failed")
            }
        }
        let snapshot = timed(runs: runs) { folder in
            // Empty caches each time: prices and Cost Explorer are asked, as on a first run.
            let result = try? Spawn.run(
                [flightdeck, "snapshot", "--format", "json"],
                environment: keys.merging([
                    "AWS_ENDPOINT_URL": proxy.url, "AWS_REGION": "us-east-1", "XDG_CACHE_HOME": folder, "HOME": folder,
                    "AWS_CONFIG_FILE": folder + "/none", "AWS_SHARED_CREDENTIALS_FILE": folder + "/none"
                ]) { _, new in new })
            if let result, result.status != 0 {
                failures.append("snapshot exited \(result.status): \(result.stderr.suffix(300))")
            }
        }
        let boto3Arguments = [
            "python3", BenchScripts.path("refresh_clients.py"), "boto3", "--cold", "--endpoint", proxy.url,
            "--ids", "discover", "--ids-endpoint", endpoint, "--calls", calls.joined(separator: ",")
        ]
        let boto3 = timed(runs: 3) { _ in
            let result = try? Spawn.run(boto3Arguments, environment: keys)
            if result?.status != 0 { failures.append("boto3 failed: \(result?.stderr.suffix(300) ?? "")") }
        }
        // The dashboard's first complete frame (every panel answered), through the same proxy, on a 120x40 pty.
        var frames: [Double] = []
        for _ in 0..<runs {
            let result = try? Spawn.run(
                ["python3", BenchScripts.path("first_frame.py"), "--flightdeck", flightdeck],
                environment: keys.merging([
                    "AWS_ENDPOINT_URL": proxy.url, "AWS_REGION": "us-east-1", "AWS_CONFIG_FILE": "/nonexistent",
                    "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent"
                ]) { _, new in new })
            let object = result.flatMap {
                try? JSONSerialization.jsonObject(with: Data($0.stdout.utf8)) as? [String: Any]
            }
            if let milliseconds = object?["ms"] as? Double {
                frames.append(milliseconds)
            } else {
                failures.append("first frame: \(result?.stdout ?? "") \(result?.stderr.suffix(300) ?? "")")
            }
        }
        let firstFrame = Measure.summary(frames).median
        for failure in Set(failures) { print("  note: \(failure)") }
        let roundTrip = delay * 1_000
        let command =
            "flightdeck simulate & python3 Benchmarks/Scripts/delay_proxy.py --upstream URL --delay \(delay) & "
            + "AWS_ENDPOINT_URL=http://127.0.0.1:PROXY XDG_CACHE_HOME=$(mktemp -d) flightdeck snapshot --format json"
        Measure.report(
            "(a) flightdeck snapshot, \(calls.count) calls, whole process", snapshot, unit: "ms",
            baseline: ("boto3 process", boto3), command: command)
        Measure.report("    startup: flightdeck --version", startup, unit: "ms")
        Measure.report(
            "    startup + \(chain) round trips (the longest chain)", startup + Double(chain) * roundTrip, unit: "ms",
            baseline: ("snapshot", snapshot))
        Measure.report(
            "    the calls' round trips one after another", Double(calls.count) * roundTrip, unit: "ms",
            baseline: ("snapshot", snapshot))
        Measure.report(
            "(b) boto3, the same calls in turn, whole process (cold)", boto3, unit: "ms",
            command: "AWS_ACCESS_KEY_ID=… AWS_SECRET_ACCESS_KEY=… " + BenchScripts.shell(boto3Arguments))
        Measure.report(
            "(c) dashboard, start to first complete frame (pty 120x40)", firstFrame, unit: "ms",
            baseline: ("startup + 4 round trips", startup + 4 * roundTrip),
            command:
                "python3 Benchmarks/Scripts/first_frame.py --flightdeck .build/release/flightdeck (AWS_ENDPOINT_URL=the proxy)"
        )
        Measure.ratio("snapshot / boto3 process (\(Int(roundTrip)) ms replies)", snapshot, boto3, target: 0.2, .atMost)
        Measure.ratio(
            "first frame / (startup + 4 round trips)", firstFrame, startup + 4 * roundTrip, target: 1, .atMost)
        Measure.ratio(
            "snapshot / (startup + \(chain) round trips)", snapshot, startup + Double(chain) * roundTrip, target: 1.5,
            .atMost)
        return failures.isEmpty
    }

    /// The median wall time of `body` over `runs`, in milliseconds; each run gets a fresh folder.
    static func timed(runs: Int, _ body: (String) -> Void) -> Double {
        let clock = ContinuousClock()
        var samples: [Double] = []
        for _ in 0..<runs {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bench-\(UUID().uuidString)")
                .path
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let start = clock.now
            body(folder)
            samples.append(Measure.milliseconds(clock.now - start))
        }
        return Measure.summary(samples).median
    }
}

/// `Benchmarks/Scripts/delay_proxy.py` running as a child process.
final class DelayProxy {
    /// The proxy's URL.
    let url: String
    private let process: Process

    /// Starts the proxy in front of `upstream` and reads the port it printed.
    init(upstream: String, delay: Double) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", BenchScripts.path("delay_proxy.py"), "--upstream", upstream, "--delay", "\(delay)", "--seconds",
            "600"
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any]
        guard let port = object?["port"] as? Int else {
            kill(process.processIdentifier, SIGKILL)
            throw BenchScripts.Failure(description: "delay_proxy.py printed no port")
        }
        url = "http://127.0.0.1:\(port)"
    }

    /// Stops the proxy.
    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}
