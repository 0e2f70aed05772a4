import AWSCore
import Collectors
import DashboardApp
import DashboardModel
import DashboardRender
import Foundation
import SimulatorServer
import TestSupport
import Testing

/// A snapshot starts each call as soon as what it needs is known: proved by holding replies until
/// the test releases them, and looking at which calls have started meanwhile (no sleeps, no clock).
@Suite struct SnapshotOrderTests {
    static let cloudFront: Set<String> = ["ListDistributions", "GetMonitoringSubscription"]
    static let elbLists: Set<String> = ["DescribeLoadBalancers", "DescribeTargetGroups"]
    static let costCalls: Set<String> = ["GetProducts", "GetCostAndUsage"]

    @Test func everyCallStartsAsSoonAsWhatItNeedsIsKnown() async throws {
        let host = SimulationHost(seed: 11, speed: 1)
        await host.advance(seconds: 600)
        let transport = HoldingTransport(SimulatorTransport(host: host))
        let client = AWSClient.simulated(transport: transport, sleep: { _ in })
        let collector = Collector(
            clients: CollectorClients(regional: [(region: "us-east-1", client: client)], global: client),
            selection: Selection())
        let snapshot = Task { await Snapshotter.take(collector: collector) }

        // Nothing answered yet: every list call and Cost Explorer are already out.
        let first: Set<String> = [
            "DescribeAutoScalingGroups", "DescribeDBInstances", "ListDistributions", "GetCostAndUsage"
        ]
        #expect(
            await transport.waitUntil { first.union(Self.elbLists).isSubset(of: Set($0)) },
            "started: \(transport.startedOperations)")
        #expect(transport.releasedOperations.isEmpty)
        #expect(!transport.startedOperations.contains("GetMetricData"))

        // Only the load balancers and target groups answer: target health needs nothing else to start.
        transport.release { Self.elbLists.contains($0) }
        #expect(
            await transport.waitUntil { $0.contains("DescribeTargetHealth") }, "started: \(transport.startedOperations)"
        )
        #expect(
            !transport.releasedOperations.contains { Self.cloudFront.contains($0) || $0 == "DescribeAutoScalingGroups" }
        )

        // Groups and databases answer: every price (one instance type, one database class, the ALB hour,
        // CloudFront's GB) is asked at once, none of them answered.
        transport.release { !Self.cloudFront.contains($0) && !Self.costCalls.contains($0) }
        #expect(
            await transport.waitUntil { $0.filter { $0 == "GetProducts" }.count == 4 },
            "started: \(transport.startedOperations)")
        #expect(!transport.releasedOperations.contains("GetProducts"))

        // CloudFront answers: metrics go out while Pricing and Cost Explorer still hold theirs; the
        // vCPUs of the groups' instance type are asked beside DescribeInstances, not after it.
        transport.release { !Self.costCalls.contains($0) && $0 != "DescribeInstances" }
        #expect(await transport.waitUntil { $0.contains("GetMetricData") }, "started: \(transport.startedOperations)")
        #expect(!transport.releasedOperations.contains { Self.costCalls.contains($0) })
        #expect(
            await transport.waitUntil { $0.contains("DescribeInstances") && $0.contains("DescribeInstanceTypes") },
            "started: \(transport.startedOperations)")
        #expect(!transport.releasedOperations.contains("DescribeInstances"))

        transport.release { _ in true }
        let state = await snapshot.value
        let document = SnapshotDocument(state: state, account: nil, regions: ["us-east-1"], now: Date())
        #expect(document.errors.isEmpty, "\(document.errors)")
        #expect(document.cost.source == .pricingAPI)
        #expect(document.loadBalancers.first?.targetGroups.first?.zones.count == 3)
        // Once, with the metrics, for the vCPUs in use; target health never asked it: the zones came from the groups.
        #expect(
            transport.startedOperations.filter { $0 == "DescribeInstances" }.count == 1,
            "\(transport.startedOperations)")
        #expect(
            transport.startedOperations.firstIndex(of: "DescribeInstances").map {
                $0 > (transport.startedOperations.firstIndex(of: "GetMetricData") ?? 0)
            } == true)
    }
}
