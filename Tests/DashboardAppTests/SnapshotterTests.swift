import AWSCore
import Collectors
import DashboardApp
import DashboardModel
import DashboardRender
import Foundation
import SimulatorServer
import TestSupport
import Testing

/// A snapshot of the simulated shop: every section filled, failures and alerts mapped to exit codes.
@Suite struct SnapshotterTests {
    func collector(_ host: SimulationHost) -> Collector {
        let client = AWSClient.simulated(transport: SimulatorTransport(host: host), sleep: { _ in })
        return Collector(
            clients: CollectorClients(regional: [(region: "us-east-1", client: client)], global: client),
            selection: Selection())
    }

    @Test func everySectionIsFilledAndExitIsZero() async throws {
        let host = SimulationHost(seed: 11, speed: 1)
        await host.advance(seconds: 600)
        let state = await Snapshotter.take(collector: collector(host))
        let document = SnapshotDocument(state: state, account: "123456789012", regions: ["us-east-1"], now: Date())
        #expect(document.autoScalingGroups.map(\.name) == ["web-asg"])
        #expect(document.loadBalancers.first?.targetGroups.first?.zones.count == 3)
        #expect(document.distributions.count == 1)
        #expect(document.databases.first?.multiAZ == true)
        #expect((document.cost.monthToDate ?? 0) > 0 && document.cost.burnRatePerHour > 0)
        #expect(document.errors.isEmpty, "\(document.errors)")
        #expect(Snapshotter.exitStatus(state, failOnAlert: false) == 0)
        let text = SnapshotText.render(document)
        #expect(text.contains("web-asg") && text.contains("shop-web-tg") && text.contains("shop-db"))
        let quota = try #require(document.vcpuQuota)
        #expect(quota.quota == 64 && quota.source == "service-quotas")
        let inUse = try #require(quota.inUse)
        #expect(
            text.contains(
                "vCPU quota in us-east-1 64, in use \(inUse); the watched groups at max need \(40 - inUse) more"),
            "\(text)")
    }

    @Test func aFailedSourceGivesExitTwoAndTheRestIsStillThere() async throws {
        let host = SimulationHost(seed: 11, speed: 1)
        _ = await host.handle(
            WireRequest(
                method: "POST", rawPath: "/_sim/fault", headers: [],
                body: Array(#"{"kind": "error5xx", "service": "rds", "count": 100, "seconds": 600}"#.utf8)))
        let state = await Snapshotter.take(collector: collector(host))
        let document = SnapshotDocument(state: state, account: nil, regions: ["us-east-1"], now: Date())
        #expect(document.errors.map(\.source) == ["databases"])
        #expect(!document.autoScalingGroups.isEmpty)
        #expect(Snapshotter.exitStatus(state, failOnAlert: true) == 2)
    }

    @Test func failOnAlertGivesExitThree() async throws {
        let host = SimulationHost(seed: 11, speed: 1)
        _ = await host.handle(
            WireRequest(
                method: "POST", rawPath: "/_sim/fault", headers: [],
                body: Array(#"{"kind": "rds-failover"}"#.utf8)))
        await host.advance(seconds: 10)
        let state = await Snapshotter.take(collector: collector(host))
        #expect(
            state.alerts.contains { $0.code == "failover-in-progress" }, "a failover raises an alert: \(state.alerts)")
        #expect(Snapshotter.exitStatus(state, failOnAlert: false) == 0)
        #expect(Snapshotter.exitStatus(state, failOnAlert: true) == 3)
    }
}
