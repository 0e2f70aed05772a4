import ArgumentParser
import FlightdeckPlatform
import Foundation
import SimulatorServer

/// `flightdeck simulate`: serves the launch-day simulator on loopback until interrupted.
struct SimulateCommand: AsyncParsableCommand {
    /// The command's name, summary and help.
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Serve a simulated launch day that speaks the AWS APIs Flightdeck calls.",
        discussion: """
            Starts an AWS stand-in on 127.0.0.1 and prints four shell `export` lines first (endpoint,
            demo access key, secret and region), then keeps running until SIGINT or SIGTERM. Read the
            first four lines and leave the process running, e.g.:

              flightdeck simulate --speed 10 > /tmp/sim.env &
              sleep 1; eval "$(head -4 /tmp/sim.env)"
              aws autoscaling describe-auto-scaling-groups

            Every request must be SigV4-signed with the demo credentials. Faults and state are on the
            unsigned control endpoint: GET /_sim/state, POST /_sim/fault {"kind": "az-outage", "zone":
            "us-east-1b"} (also rds-failover, cache-flush, capacity, vcpu-quota, suspend, resume, throttle, slow, error5xx, truncate, malformed,
            drop), POST /_sim/advance {"seconds": 600}. The simulated clock starts now and runs --speed
            times faster than the wall clock; the HTTP Date header of every reply tells its time.
            """
    )

    /// The port to listen on; 0 picks a free one.
    @Option(help: "The port to listen on (0 picks a free one).")
    var port: UInt16 = 0

    @OptionGroup var simulation: SimulationOptions

    /// Starts the server, prints the exports, and serves until SIGINT or SIGTERM.
    func run() async throws {
        let signals = TerminationSignal.stream()
        let host = try await simulation.host(defaultSpeed: 1)
        let server = try SimulatorHTTPServer(host: host, port: port)
        let serving = Task { try await server.run() }
        try await server.waitUntilListening()
        guard let bound = await server.port() else {
            serving.cancel()
            throw ExitCode.failure
        }
        let exports = SimulatorBanner.exports(port: bound)
        FileHandle.standardOutput.write(Data(exports.utf8))
        Platform.writeToStandardError(
            SimulatorBanner.notice(port: bound, speed: simulation.speed ?? 1, seed: simulation.seed))
        let signal = await TerminationSignal.first(of: signals)
        Platform.writeToStandardError("simulator: stopping on signal \(signal)\n")
        await server.stop()
        serving.cancel()
    }
}

/// The text `flightdeck simulate` prints.
enum SimulatorBanner {
    /// The four `export` lines, in the order the help promises.
    static func exports(port: UInt16) -> String {
        """
        export AWS_ENDPOINT_URL=http://127.0.0.1:\(port)
        export AWS_ACCESS_KEY_ID=\(DemoAccount.accessKeyID)
        export AWS_SECRET_ACCESS_KEY=\(DemoAccount.secretAccessKey)
        export AWS_REGION=\(DemoAccount.region) AWS_DEFAULT_REGION=\(DemoAccount.region)

        """
    }

    /// The human notice on stderr.
    static func notice(port: UInt16, speed: Double, seed: UInt64) -> String {
        "simulator: SIMULATED launch day on http://127.0.0.1:\(port) (speed \(speed)x, seed \(seed)); "
            + "state at /_sim/state, faults at POST /_sim/fault; Ctrl-C stops it\n"
    }
}

/// Catches SIGINT and SIGTERM.
enum TerminationSignal {
    /// Starts catching SIGINT and SIGTERM now (before anything announces the server) and yields each.
    static func stream() -> AsyncStream<Int32> {
        AsyncStream<Int32> { continuation in
            var sources: [DispatchSourceSignal] = []
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { continuation.yield(number) }
                source.resume()
                sources.append(source)
            }
            let held = SignalSources(sources)
            continuation.onTermination = { _ in held.cancel() }
        }
    }

    /// Suspends until the first signal of `stream` and returns its number.
    static func first(of stream: AsyncStream<Int32>) async -> Int32 {
        for await number in stream { return number }
        return SIGTERM
    }
}

/// Keeps the signal sources alive as long as the stream that listens to them.
final class SignalSources: @unchecked Sendable {
    /// The sources; only touched on creation and cancellation.
    private let sources: [any DispatchSourceSignal]

    /// Holds `sources`.
    init(_ sources: [any DispatchSourceSignal]) {
        self.sources = sources
    }

    /// Stops listening.
    func cancel() {
        sources.forEach { $0.cancel() }
    }
}
