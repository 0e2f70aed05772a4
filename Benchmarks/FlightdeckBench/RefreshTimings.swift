import AWSCore
import Collectors
import CurlTransport
import DashboardApp
import DashboardModel
import Foundation

/// One server's refresh figures: the calls of a steady refresh, each alone, and all at once.
struct RefreshTimings {
    /// The calls of one steady refresh, sorted by name, with their replies.
    var calls: [RecordingTransport.Exchange]
    /// Their names (`service:Action`).
    var names: [String]
    /// Sources that failed in the recorded refresh, described.
    var failures: [String]
    /// Each call replayed alone: name and median milliseconds.
    var perCall: [(String, Double)]
    /// The median steady refresh, every source at once.
    var refresh: Double
    /// The first refresh with cold caches, as `flightdeck snapshot` makes it, and its call count.
    var cold: (milliseconds: Double, calls: Int)

    /// The slowest call alone.
    var slowest: (String, Double) { perCall.max { $0.1 < $1.1 } ?? ("none", .nan) }
    /// How many of the recorded replies closed their connection (`Connection: close`).
    var closingReplies: Int { calls.filter { $0.response?.header("Connection")?.lowercased() == "close" }.count }
    /// The calls alone, added up: what a client sending them one after another waits at least.
    var serialSum: Double { perCall.reduce(0) { $0 + $1.1 } }

    /// Records one refresh through `transport`, then times the refresh and each of its calls alone.
    static func measure(transport: CurlTransport, makeCollector: (any HTTPTransport) -> Collector, runs: Int) async
        -> RefreshTimings
    {
        let recorder = RecordingTransport(transport)
        let recorded = makeCollector(recorder)
        let clock = ContinuousClock()
        let coldStart = clock.now
        _ = await Snapshotter.take(collector: recorded)
        let cold = Measure.milliseconds(clock.now - coldStart)
        let coldCalls = recorder.take().count
        let results = await RefreshBenchmark.refresh(recorded)
        let calls = recorder.take().sorted { CallName.of($0.request) < CallName.of($1.request) }
        let failures = results.sorted { $0.key.rawValue < $1.key.rawValue }.compactMap { source, result -> String? in
            guard case let .failed(failure) = result else { return nil }
            return "source \(source.rawValue) failed: \(String(describing: failure).prefix(120))"
        }
        let timed = makeCollector(transport)
        _ = await Snapshotter.take(collector: timed)
        let full = await Measure.milliseconds(runs: runs, warmup: 3) { _ = await RefreshBenchmark.refresh(timed) }
        var perCall: [(String, Double)] = []
        for exchange in calls {
            let alone = await Measure.milliseconds(runs: runs, warmup: 2) {
                _ = try? await transport.send(exchange.request)
            }
            perCall.append((CallName.of(exchange.request), alone.median))
        }
        return RefreshTimings(
            calls: calls, names: calls.map { CallName.of($0.request) }, failures: failures, perCall: perCall,
            refresh: full.median, cold: (cold, coldCalls))
    }

    /// Prints the calls of the refresh and each one's time alone.
    func printCalls(runs: Int) {
        print(
            "one refresh makes \(calls.count) calls; each alone (median of \(runs), request replayed through CurlTransport):"
        )
        for (name, value) in perCall {
            print("  " + name.padding(toLength: 62, withPad: " ", startingAt: 0) + String(format: "%8.2f ms", value))
        }
    }
}
