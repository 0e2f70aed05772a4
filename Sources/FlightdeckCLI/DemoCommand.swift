import AWSCore
import AWSSigV4
import ArgumentParser
import Collectors
import DashboardApp
import DashboardModel
import FlightdeckPlatform
import Foundation
import SimulatorServer

/// `flightdeck demo`: the dashboard against the built-in launch-day simulator on loopback.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the dashboard against a simulated launch day (no AWS account needed).",
        discussion: """
            Starts the simulator on 127.0.0.1 and the dashboard pointed at it: every request is signed,
            sent with libcurl and parsed exactly as against AWS. Press F for the fault menu (an AZ outage,
            an RDS failover, a cache flush, no capacity in a zone, a vCPU quota, suspended launches, throttling...). Scaling changes are applied to the simulated
            group and recorded in demo-audit.jsonl beside the real audit log.
            """
    )

    @OptionGroup var display: DisplayOptions
    @OptionGroup var config: ConfigOptions

    @OptionGroup var simulation: SimulationOptions

    @Option(help: "Watch at most this many resources of each kind.")
    var maxResources: Int = 200

    /// The faults the menu offers.
    static let faults = [
        FaultRequest(kind: "az-outage", argument: "us-east-1b"),
        FaultRequest(kind: "az-recover", argument: "us-east-1b"),
        FaultRequest(kind: "rds-failover"), FaultRequest(kind: "cache-flush"),
        FaultRequest(kind: "capacity", argument: "us-east-1c"),
        FaultRequest(kind: "vcpu-quota", argument: "16"), FaultRequest(kind: "suspend", argument: "Launch"),
        FaultRequest(kind: "resume"),
        FaultRequest(kind: "throttle", argument: "autoscaling"), FaultRequest(kind: "error5xx", argument: "monitoring"),
        FaultRequest(kind: "slow", argument: "elasticloadbalancing"), FaultRequest(kind: "clear-wire-faults")
    ]

    func run() async throws {
        // The demo takes only the look and the read-only switch from a stack: the rest names a real account.
        let stack = try config.loadStack()
        var display = display
        if display.theme == nil { display.theme = stack?.theme }
        display.readOnly = display.readOnly || (stack?.readOnly ?? false)
        // A demo rings only when asked: it is often run beside others, and its faults are on purpose.
        if display.notify == nil { display.notify = NotificationMode.none }
        let host = try await simulation.host(defaultSpeed: 10)
        let server = try SimulatorHTTPServer(host: host, port: 0)
        let serving = Task { try await server.run() }
        defer { serving.cancel() }
        try await server.waitUntilListening()
        guard let port = await server.port() else { throw CommandError("the simulator did not start listening") }
        var options = try AWSOptions.parse([])
        options.regions = [DemoAccount.region]
        options.endpointURL = "http://127.0.0.1:\(port)"
        let credentials = EnvironmentCredentialProvider(environment: [
            "AWS_ACCESS_KEY_ID": DemoAccount.accessKeyID, "AWS_SECRET_ACCESS_KEY": DemoAccount.secretAccessKey
        ])
        var environment = Platform.environment
        for key in environment.keys where key.hasPrefix("AWS_ENDPOINT_URL") { environment[key] = nil }
        let wiring = try await Wiring.make(options, environment: environment, credentials: credentials)
        defer { wiring.transport.shutdown() }
        let auditPath =
            (AuditLog.defaultPath(environment: environment) as NSString).deletingLastPathComponent + "/demo-audit.jsonl"
        // The dashboard runs on simulated time, so its clock, ages and events agree with the world it shows.
        let simulated = await host.clock
        try await DashboardLauncher.run(
            wiring: wiring, selection: Selection(discoveryCap: max(1, maxResources)), display: display,
            settings: DashboardSettings(stack: nil, refresh: display.refresh),
            cacheDirectory: nil, simulation: true, auditPath: auditPath,
            faults: Self.faults, faultInjector: { fault in await Self.inject(fault, into: host) },
            clock: { simulated.date(at: Date()) })
        // The dashboard is gone: close its kept-alive connections and stop at once (the server's
        // default grace of a second made quitting the demo take a second).
        wiring.transport.shutdown()
        await server.stop(timeout: 0)
    }

    /// Sends `fault` (its argument a zone, service, vCPU count or processes) to the simulator's control endpoint; returns its answer.
    static func inject(_ fault: FaultRequest, into host: SimulationHost) async -> FaultInjection {
        let kind = fault.kind
        var body: [String: Any] = ["kind": kind]
        if let argument = fault.argument?.split(separator: " ").first.map(String.init) {
            if kind == "vcpu-quota" {
                body["vcpus"] = Int(argument) ?? 0
            } else if kind == "suspend" || kind == "resume" {
                body["processes"] = (fault.argument ?? "").split(separator: " ").map(String.init)
            } else {
                body[kind.hasPrefix("az-") || kind == "capacity" ? "zone" : "service"] = argument
            }
        }
        if ["throttle", "error5xx", "slow", "truncate", "malformed", "drop"].contains(kind) {
            body["seconds"] = 60
            body["delay"] = 5
        }
        guard let data = try? JSONSerialization.data(withJSONObject: body) else {
            return .unsendable
        }
        let response = await host.handle(
            WireRequest(
                method: "POST", rawPath: "/_sim/fault",
                headers: [HTTPHeader("Content-Type", "application/json")], body: Array(data)))
        guard response.status == 200 else {
            return .refused(String(decoding: response.body.prefix(200), as: UTF8.self))
        }
        // The model applied it at its current second; what it causes carries that second or a later one.
        let model = await host.currentModel()
        return .injected(at: model.date(at: model.now))
    }
}
