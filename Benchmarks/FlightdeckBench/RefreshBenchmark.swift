import AWSCore
import Collectors
import CurlTransport
import DashboardModel
import Foundation
import TestSupport

/// Issue 3's speed figures: one dashboard refresh against a seeded moto_server, its slowest call,
/// a warm boto3 process and the aws CLI making the same calls.
///
/// moto runs without signature checking (Flightdeck still signs every request): in auth mode moto
/// rejects CloudFront's GETs, which one refresh makes.
enum RefreshBenchmark {
    /// Repetitions of the refresh, of each call alone and of boto3's pass; aws CLI passes.
    static let runs = 30
    static let cliRuns = Int(ProcessInfo.processInfo.environment["FLIGHTDECK_BENCH_CLI_RUNS"] ?? "") ?? 2

    /// Runs the benchmark; false when it could not (moto or Python missing, a helper failed).
    static func run() async -> Bool {
        print("== refresh (issue 3): one dashboard refresh against moto_server (signature checking off)")
        let server: MotoServer
        do {
            server = try await MotoServer.start()
        } catch {
            print("refresh: NOT RUN: \(error)")
            return false
        }
        let idsPath = FileManager.default.temporaryDirectory.appendingPathComponent(
            "flightdeck-bench-ids-\(UUID().uuidString).json"
        ).path
        defer {
            server.stop()
            try? FileManager.default.removeItem(atPath: idsPath)
        }
        do {
            try await measure(endpoint: server.endpoint.absoluteString, idsPath: idsPath)
            return true
        } catch {
            print("refresh: FAILED: \(error)")
            return false
        }
    }

    /// A collector watching everything in us-east-1 of `endpoint`, sending through `transport`.
    static func collector(endpoint: String, transport: any HTTPTransport) -> Collector {
        let client = AWSClient(
            endpoints: EndpointResolver(region: "us-east-1", endpointURL: endpoint, environment: [:]),
            credentials: FixedCredentialProvider(accessKeyID: "AKIDBENCHMARK", secretAccessKey: "benchmark-secret"),
            transport: transport)
        return Collector(
            clients: CollectorClients(regional: [(region: "us-east-1", client: client)], global: client),
            selection: Selection())
    }

    /// One steady dashboard refresh: every source polled at once, caches warm (what `r` does, Cost Explorer included).
    static func refresh(_ collector: Collector) async -> [DataSource: PollResult] {
        await withTaskGroup(of: (DataSource, PollResult).self) { group in
            for source in DataSource.allCases { group.addTask { (source, await collector.poll(source)) } }
            var results: [DataSource: PollResult] = [:]
            for await (source, result) in group { results[source] = result }
            return results
        }
    }

    /// Sends `requests` concurrently through `transport` and waits for every reply.
    static func sendAtOnce(_ requests: [HTTPRequest], transport: CurlTransport) async {
        await withTaskGroup(of: Void.self) { group in
            for request in requests { group.addTask { _ = try? await transport.send(request) } }
        }
    }

    /// The host's cores and load average, printed with the figures: the run shares its CPUs.
    static var host: String {
        let load =
            (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(
                separator: " ") ?? "?"
        return "\(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(load)"
    }

    private static func measure(endpoint: String, idsPath: String) async throws {
        print("host: \(host)")
        let seedCommand = ["python3", BenchScripts.path("seed_moto.py"), "--endpoint", endpoint]
        let ids = try BenchScripts.run("seed_moto.py", Array(seedCommand.dropFirst(2)))
        try JSONSerialization.data(withJSONObject: ids).write(to: URL(fileURLWithPath: idsPath))
        print("moto_server at \(endpoint), seeded by: \(BenchScripts.shell(seedCommand))")

        let transport = CurlTransport()
        defer { transport.shutdown() }
        let timings = await RefreshTimings.measure(
            transport: transport, makeCollector: { collector(endpoint: endpoint, transport: $0) },
            runs: runs)
        let calls = timings.calls
        let names = timings.names
        let perCall = timings.perCall
        let full = timings.refresh
        let slowest = timings.slowest
        for failure in timings.failures {
            print("  note: \(failure)")
            if failure.hasPrefix("source distributions") {
                print(
                    "    moto has no GetMonitoringSubscription, so no distribution is known and no CloudFront GetMetricData is sent:"
                        + " against AWS one refresh makes one call more")
            }
        }
        print(
            "  connections: \(timings.closingReplies) of \(calls.count) replies carry `Connection: close` (moto closes after each reply),"
                + " so every call opens a new loopback TCP connection; keep-alive reuse is not exercised here")
        let burst = await Measure.milliseconds(runs: runs, warmup: 2) {
            await sendAtOnce(calls.map(\.request), transport: transport)
        }
        let fastestIndex = perCall.indices.min { perCall[$0].1 < perCall[$1].1 } ?? 0
        let fastestRequest = calls.isEmpty ? nil : calls[fastestIndex].request
        let copies = await Measure.milliseconds(runs: runs, warmup: 2) {
            await sendAtOnce(
                Array(repeating: fastestRequest, count: calls.count).compactMap { $0 }, transport: transport)
        }

        let callList = names.joined(separator: ",")
        let script = BenchScripts.path("refresh_clients.py")
        let boto3Arguments = [
            "boto3", "--endpoint", endpoint, "--ids", idsPath, "--calls", callList, "--runs", String(runs)
        ]
        let boto3 = try BenchScripts.run("refresh_clients.py", boto3Arguments)
        let cliArguments = [
            "cli", "--endpoint", endpoint, "--ids", idsPath, "--calls", callList, "--runs", String(cliRuns)
        ]
        let cli = try BenchScripts.run("refresh_clients.py", cliArguments)
        let boto3Median = (boto3["median_ms"] as? Double) ?? .nan
        let cliMedian = (cli["median_ms"] as? Double) ?? .nan

        timings.printCalls(runs: runs)
        Measure.report(
            "first refresh, cold caches, as `flightdeck snapshot` (\(timings.cold.calls) calls)",
            timings.cold.milliseconds,
            unit: "ms", baseline: ("steady refresh", full))
        Measure.report(
            "(a) one steady refresh, \(calls.count) calls concurrent, Collector", full, unit: "ms",
            baseline: ("slowest call", slowest.1), command: ".build/release/flightdeck-bench refresh")
        Measure.report(
            "    the same \(calls.count) requests at once, raw CurlTransport", burst.median, unit: "ms",
            baseline: ("slowest call", slowest.1))
        Measure.report(
            "    moto check: \(calls.count) copies of its fastest call at once", copies.median, unit: "ms",
            baseline: ("one alone", perCall.isEmpty ? .nan : perCall[fastestIndex].1))
        Measure.report(
            "    serial floor: the calls alone, added up", timings.serialSum, unit: "ms",
            baseline: ("Flightdeck refresh", full))
        print(
            "    moto answers one request at a time (the check above), so no client refreshes faster than this floor against it;"
                + " 1.5x the slowest call is \(String(format: "%.1f", 1.5 * slowest.1)) ms, below it (boto3's half is printed under (c))"
        )
        Measure.report(
            "(b) slowest single call: \(slowest.0)", slowest.1, unit: "ms",
            command: ".build/release/flightdeck-bench refresh")
        Measure.report(
            "(c) boto3, same \(calls.count) calls in turn, warm process", boto3Median, unit: "ms",
            baseline: ("Flightdeck refresh", full), command: "python3 " + BenchScripts.shell([script] + boto3Arguments))
        Measure.report(
            "(d) aws CLI, one command per call (median of \(cliRuns))", cliMedian, unit: "ms",
            baseline: ("Flightdeck refresh", full), command: "python3 " + BenchScripts.shell([script] + cliArguments))
        if let commands = cli["commands"] as? [String], let first = commands.first { print("    e.g. \(first)") }
        print(
            "    half of boto3's time is \(String(format: "%.1f", boto3Median / 2)) ms; moto's serial floor is"
                + " \(String(format: "%.1f", timings.serialSum)) ms")
        for (label, answer) in [("boto3", boto3), ("aws CLI", cli)] {
            if let errors = answer["errors"] as? [String], !errors.isEmpty {
                print("  note: \(label) error replies: \(errors.joined(separator: "; "))")
            }
        }
        Measure.ratio("refresh / slowest call", full, slowest.1, target: 1.5, .atMost)
        Measure.ratio("refresh / boto3", full, boto3Median, target: 0.5, .atMost)
        Measure.ratio("aws CLI / refresh", cliMedian, full, target: 50, .atLeast)
        print(
            "  (the moto server above was on a free port and is stopped; `make bench` or `flightdeck-bench refresh` reproduces every line)"
        )
    }
}
