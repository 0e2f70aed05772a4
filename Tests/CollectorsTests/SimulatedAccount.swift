import AWSCore
import AWSSigV4
import Collectors
import DashboardModel
import Foundation
import SimulatorModel
import SimulatorServer
import TestSupport

/// A collector wired to an in-process simulator through the production client, signer and decoders.
struct SimulatedAccount {
    let host: SimulationHost
    let client: AWSClient
    let collector: Collector
    let clock: @Sendable () -> Date
    /// The collector's clock, moved by `advance`.
    let time: MovingClock
    /// The refusals the denying transport sent.
    let refusals: ActionCount
    /// Every request the collector sent, by IAM action.
    let requests: ActionCount

    /// A simulated account; `denying` names IAM actions its caller may not use (answered as AWS refuses them).
    init(
        seed: UInt64 = 7, selection: Selection = Selection(), timeout: TimeInterval = 10, extraServices: Int = 0,
        denying: Set<String> = []
    ) {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        host = SimulationHost(seed: seed, speed: 1, extraServices: extraServices, wallNow: { start })
        let transport = DenyingTransport(SimulatorTransport(host: host, timeout: timeout), denying: denying)
        refusals = transport.refusals
        requests = transport.requests
        client = AWSClient.simulated(transport: transport, sleep: { _ in })
        let host = self.host
        let time = MovingClock(start)
        self.time = time
        clock = { time.value }
        collector = Collector(
            clients: CollectorClients(regional: [(region: "us-east-1", client: client)], global: client),
            selection: selection, clock: { time.value })
        _ = host
    }

    /// Moves the collector's clock `seconds` on (the simulation keeps its own).
    func advance(_ seconds: TimeInterval) { time.value = time.value.addingTimeInterval(seconds) }

    /// Triggers a fault through the simulator's control endpoint.
    func fault(_ json: String) async {
        let response = await host.handle(
            WireRequest(
                method: "POST", rawPath: "/_sim/fault",
                headers: [HTTPHeader("Content-Type", "application/json")], body: Array(json.utf8)))
        precondition(response.status == 200, String(decoding: response.body, as: UTF8.self))
    }

    /// The simulated model as it stands.
    func model() async -> LaunchDayModel { await host.currentModel() }
}
