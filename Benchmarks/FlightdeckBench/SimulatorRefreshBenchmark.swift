import AWSCore
import AWSSigV4
import Collectors
import CurlTransport
import Foundation
import TestSupport

/// Issue 3's refresh figure against a server that can answer concurrently: `flightdeck simulate`
/// (FlyingFox, async, keeps connections open), as a process on loopback like moto.
///
/// moto answers one request at a time (see the "serial floor" line of the moto section), so a
/// refresh there cannot be shorter than the sum of its calls, whatever the client does; here the
/// server does not hide what the transport's concurrency gives.
enum SimulatorRefreshBenchmark {
    /// Runs the section; false when the simulator could not be started or a call failed.
    static func run(runs: Int) async -> Bool {
        print("== refresh (issue 3) against `flightdeck simulate`: a server that answers concurrently")
        guard let simulator = BenchSimulator.start(["--speed", "1"], section: "refresh-simulator") else { return false }
        defer { simulator.process.stop() }
        let endpoint = simulator.endpoint, region = simulator.region
        let key = simulator.keys["AWS_ACCESS_KEY_ID"] ?? "", secret = simulator.keys["AWS_SECRET_ACCESS_KEY"] ?? ""
        let transport = CurlTransport()
        defer { transport.shutdown() }
        func collector(_ transport: any HTTPTransport) -> Collector {
            let client = AWSClient(
                endpoints: EndpointResolver(region: region, endpointURL: endpoint, environment: [:]),
                credentials: FixedCredentialProvider(accessKeyID: key, secretAccessKey: secret), transport: transport)
            return Collector(
                clients: CollectorClients(regional: [(region: region, client: client)], global: client),
                selection: Selection())
        }
        let timings = await RefreshTimings.measure(transport: transport, makeCollector: collector, runs: runs)
        let failed = timings.failures
        for failure in failed { print("  note: \(failure)") }
        timings.printCalls(runs: runs)
        print(
            "  connections: \(timings.closingReplies) of \(timings.calls.count) replies close theirs; the rest are kept for the next request;"
                + " at most \(CurlTransport.Configuration().maxConnectionsPerHost) open to one host at once")
        Measure.report(
            "(a) one steady refresh, \(timings.calls.count) calls concurrent, Collector", timings.refresh, unit: "ms",
            baseline: ("slowest call", timings.slowest.1), command: ".build/release/flightdeck-bench refresh")
        Measure.report(
            "    serial floor: the calls one after another", timings.serialSum, unit: "ms",
            baseline: ("Flightdeck refresh", timings.refresh))
        Measure.report("(b) slowest single call: \(timings.slowest.0)", timings.slowest.1, unit: "ms")
        Measure.ratio(
            "refresh / slowest call (simulator, loopback)", timings.refresh, timings.slowest.1, target: 1.5, .atMost)
        print(
            "  on loopback a call is CPU, not waiting: client and server share these cores, so calls at once cannot all overlap"
        )

        // AWS answers from another machine: every call waits a round trip. The simulator's `slow` fault
        // holds each reply for `delay` seconds without using a core, as a network would.
        let delay = 0.03
        guard let faultURL = URL(string: endpoint + "/_sim/fault"),
            let reply = try? await transport.send(
                HTTPRequest(
                    method: "POST", url: faultURL, headers: [HTTPHeader("Content-Type", "application/json")],
                    body: Array(#"{"kind": "slow", "delay": \#(delay), "seconds": 3600}"#.utf8))),
            reply.status == 200
        else {
            print("refresh-simulator: FAILED: the simulator refused the slow fault")
            return false
        }
        print(
            "-- the same, each reply held \(Int(delay * 1_000)) ms (the simulator's `slow` fault), as a round trip to an AWS region"
        )
        let remote = await RefreshTimings.measure(transport: transport, makeCollector: collector, runs: 10)
        Measure.report(
            "(a) one steady refresh, \(remote.calls.count) calls concurrent, Collector", remote.refresh, unit: "ms",
            baseline: ("slowest call", remote.slowest.1), command: ".build/release/flightdeck-bench refresh")
        Measure.report(
            "    serial floor: the calls one after another", remote.serialSum, unit: "ms",
            baseline: ("Flightdeck refresh", remote.refresh))
        Measure.report("(b) slowest single call: \(remote.slowest.0)", remote.slowest.1, unit: "ms")
        // boto3 makes the same calls one after another, against the same slow replies.
        let script = BenchScripts.path("refresh_clients.py")
        let boto3Arguments = [
            "boto3", "--endpoint", endpoint, "--ids", "discover", "--calls", remote.names.joined(separator: ","),
            "--runs", "10"
        ]
        let boto3: [String: Any]
        do {
            boto3 = try BenchScripts.run(
                "refresh_clients.py", boto3Arguments,
                environment: simulator.keys)
        } catch {
            print("refresh-simulator: FAILED: \(error)")
            return false
        }
        let boto3Median = (boto3["median_ms"] as? Double) ?? .nan
        Measure.report(
            "(c) boto3, same \(remote.calls.count) calls in turn, warm process", boto3Median, unit: "ms",
            baseline: ("Flightdeck refresh", remote.refresh),
            command: "AWS_ACCESS_KEY_ID=… AWS_SECRET_ACCESS_KEY=… python3 "
                + BenchScripts.shell([script] + boto3Arguments))
        if let errors = boto3["errors"] as? [String], !errors.isEmpty {
            print("  note: boto3 error replies: \(errors.joined(separator: "; "))")
        }
        Measure.ratio(
            "refresh / slowest call (simulator, \(Int(delay * 1_000)) ms replies)", remote.refresh, remote.slowest.1,
            target: 1.5, .atMost)
        Measure.ratio(
            "refresh / boto3 (simulator, \(Int(delay * 1_000)) ms replies)", remote.refresh, boto3Median, target: 0.5,
            .atMost)
        return failed.isEmpty && remote.failures.isEmpty
    }
}
