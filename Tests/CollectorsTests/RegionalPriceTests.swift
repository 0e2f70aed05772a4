import AWSCore
import Collectors
import DashboardModel
import DashboardRender
import Foundation
import SimulatorServer
import TestSupport
import Testing

/// Watching two regions: each is priced in its own region, cached in its own file, and the burn
/// rate's lines name their region.
@Suite struct RegionalPriceTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    /// A collector watching us-east-1 and eu-west-1 through `transport`, with its caches in `folder`.
    func collector(folder: String, transport: CountingTransport) -> Collector {
        func client(_ region: String) -> AWSClient {
            AWSClient.simulated(
                region: region, transport: transport, retryPolicy: RetryPolicy(maxAttempts: 1), sleep: { _ in })
        }
        let start = start
        return Collector(
            clients: CollectorClients(
                regional: [
                    (region: "us-east-1", client: client("us-east-1")),
                    (region: "eu-west-1", client: client("eu-west-1"))
                ],
                global: client("us-east-1")),
            selection: Selection(), costCache: CostCacheSettings(directory: folder, account: "123456789012"),
            clock: { start })
    }

    /// A group of two m5.large instances in `region`.
    static func group(_ region: String) -> AutoScalingGroupStatus {
        AutoScalingGroupStatus(
            name: "web-\(region)", region: region, min: 1, max: 4, desired: 2, zones: [region + "a"],
            instances: ["i-1", "i-2"].map {
                InstanceStatus(
                    id: "\($0)-\(region)", zone: region + "a", lifecycle: .inService,
                    healthy: true, instanceType: "m5.large")
            })
    }

    @Test func eachRegionIsPricedInItsOwnRegionAndCachedInItsOwnFile() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fd-regional-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let host = SimulationHost(seed: 7, speed: 1, wallNow: { start })
        let groups = [Self.group("us-east-1"), Self.group("eu-west-1")]

        let first = CountingTransport(host: host)
        let table = await collector(folder: folder, transport: first).prices(for: groups)
        #expect(table.source == .pricingAPI)
        #expect(table.instanceHour("m5.large", region: "us-east-1") == 0.096)
        #expect(table.instanceHour("m5.large", region: "eu-west-1") == 0.107, "Ireland's list price, not Virginia's")
        #expect(
            table.price("elb:application", region: "eu-west-1") == 0.0225,
            "no load balancer seen in eu-west-1: the first region's price")
        #expect(
            first.count("AWSPriceListService") == 4,
            "m5.large in each region, the ALB hour and CloudFront's GB in the first")
        for region in ["us-east-1", "eu-west-1"] {
            #expect(FileManager.default.fileExists(atPath: folder + "/prices-\(region).json"))
        }

        // A restart: both regions from disk, no request.
        let second = CountingTransport(host: host)
        let cached = await collector(folder: folder, transport: second).prices(for: groups)
        #expect(second.count("AWSPriceListService") == 0)
        #expect(cached.source == .cachedPricingAPI)
        #expect(cached.instanceHour("m5.large", region: "eu-west-1") == 0.107)

        let cost = CostEstimator.estimate(
            groups: groups, databases: [], loadBalancers: [:], cloudFrontBytesPerMinute: 0, prices: cached)
        #expect(
            cost.lines.map { CostText.item($0) } == ["m5.large (eu-west-1)", "m5.large (us-east-1)"],
            "each line names its region when several run things")
        #expect(cost.lines.map(\.region) == ["eu-west-1", "us-east-1"])
        #expect(abs(cost.burnRatePerHour - (2 * 0.107 + 2 * 0.096)) < 1e-9)
    }
}
