import AWSCore
import AWSSigV4
import Collectors
import DashboardModel
import Foundation
import SimulatorModel
import SimulatorServer
import TestSupport
import Testing

/// Counts requests by `X-Amz-Target` prefix and can fail Pricing, in front of the in-process simulator.
final class CountingTransport: HTTPTransport, @unchecked Sendable {
    private let inner: SimulatorTransport
    private let lock = NSLock()
    private var targets: [String] = []
    /// When set, every Pricing request fails with 503.
    var failPricing = false

    init(host: SimulationHost) { inner = SimulatorTransport(host: host) }

    /// How many requests went to a JSON target starting with `prefix`.
    func count(_ prefix: String) -> Int { lock.withLock { targets.filter { $0.hasPrefix(prefix) }.count } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let target = request.header("X-Amz-Target") ?? ""
        let fail = lock.withLock {
            targets.append(target)
            return failPricing && target.hasPrefix("AWSPriceListService")
        }
        if fail {
            return HTTPResponse(
                status: 503, headers: [HTTPHeader("Content-Type", "application/x-amz-json-1.1")],
                body: Array(#"{"__type":"ServiceUnavailableException","message":"pricing is down"}"#.utf8))
        }
        return try await inner.send(request)
    }
}

/// Prices from the Pricing API and Cost Explorer figures, cached on disk: against the simulator, in a temp folder.
@Suite struct CostCacheTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    /// A collector over a fresh simulator at `now`, with the caches in `folder`.
    func collector(folder: String, at now: Date, transport: CountingTransport) -> Collector {
        collector(folder: folder, clock: { now }, transport: transport)
    }

    /// A collector over a fresh simulator whose clock is `clock`, with the caches in `folder`.
    func collector(folder: String, clock: @escaping @Sendable () -> Date, transport: CountingTransport) -> Collector {
        let client = AWSClient.simulated(
            transport: transport, retryPolicy: RetryPolicy(maxAttempts: 1), sleep: { _ in })
        return Collector(
            clients: CollectorClients(regional: [(region: "us-east-1", client: client)], global: client),
            selection: Selection(), costCache: CostCacheSettings(directory: folder, account: "123456789012"),
            clock: clock)
    }

    /// Polls groups and databases (so the types in use are known), then cost; returns the cost result.
    func pollCost(_ collector: Collector) async throws -> (CostActuals, PriceTable?) {
        _ = await collector.poll(.autoScaling)
        _ = await collector.poll(.databases)
        let result = await collector.poll(.cost)
        guard case let .cost(actuals, prices) = result else { throw CostTestError("cost poll failed: \(result)") }
        return (actuals, prices)
    }

    func temporaryFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("fd-cost-\(UUID().uuidString)").path
    }

    @Test func pricesComeFromThePricingAPIThenFromTheCacheWithNoRequest() async throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let host = SimulationHost(seed: 7, speed: 1, wallNow: { start })
        let first = CountingTransport(host: host)
        let (actuals, prices) = try await pollCost(collector(folder: folder, at: start, transport: first))
        let table = try #require(prices)
        #expect(table.source == .pricingAPI)
        #expect(table.instanceHour("m5.large") == 0.096)
        #expect(
            table.databaseHour("db.r5.large", multiAZ: true) == 0.5,
            "the simulator lists only Multi-AZ; halved and doubled back")
        #expect(table.prices["elb:application"] == 0.0225)
        #expect(table.prices["cloudfront:gb"] == 0.085, "CloudFront's first tier, from the API")
        #expect(
            first.count("AWSPriceListService") == 4,
            "one GetProducts per instance type, class, the ALB and CloudFront's GB")
        #expect(first.count("AWSInsightsIndexService") == 1)
        #expect((actuals.monthToDate ?? 0) > 0)
        #expect(FileManager.default.fileExists(atPath: folder + "/prices-us-east-1.json"))
        #expect(FileManager.default.fileExists(atPath: folder + "/ce-123456789012.json"))

        // A restart 30 minutes later: both come from disk, with no Pricing or Cost Explorer request.
        let second = CountingTransport(host: host)
        let (cachedActuals, cachedPrices) = try await pollCost(
            collector(folder: folder, at: start.addingTimeInterval(1_800), transport: second))
        #expect(cachedPrices?.source == .cachedPricingAPI)
        #expect(cachedPrices?.instanceHour("m5.large") == 0.096)
        #expect(second.count("AWSPriceListService") == 0)
        #expect(second.count("AWSInsightsIndexService") == 0, "Cost Explorer at most hourly, even across restarts")
        #expect(cachedActuals.monthToDate == actuals.monthToDate)
        #expect(cachedActuals.fetchedAt == start, "the figures say when Cost Explorer gave them")
    }

    @Test func expiredCachesAreFetchedAgain() async throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let host = SimulationHost(seed: 7, speed: 1, wallNow: { start })
        _ = try await pollCost(collector(folder: folder, at: start, transport: CountingTransport(host: host)))

        let hourLater = CountingTransport(host: host)
        let (_, prices) = try await pollCost(
            collector(folder: folder, at: start.addingTimeInterval(3_700), transport: hourLater))
        #expect(hourLater.count("AWSInsightsIndexService") == 1, "Cost Explorer after an hour")
        #expect(hourLater.count("AWSPriceListService") == 0, "prices still good for a day")
        #expect(prices?.source == .cachedPricingAPI)

        let dayLater = CountingTransport(host: host)
        let (_, newPrices) = try await pollCost(
            collector(folder: folder, at: start.addingTimeInterval(86_500), transport: dayLater))
        #expect(dayLater.count("AWSPriceListService") == 4)
        #expect(newPrices?.source == .pricingAPI)
    }

    @Test func aPricingFailureFallsBackToTheBundledTableWithTheReason() async throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let host = SimulationHost(seed: 7, speed: 1, wallNow: { start })
        let transport = CountingTransport(host: host)
        transport.failPricing = true
        let collector = collector(folder: folder, at: start, transport: transport)
        let (actuals, prices) = try await pollCost(collector)
        let table = try #require(prices)
        #expect(table.source == .bundled)
        #expect(table.prices == PriceTable.bundled.prices)
        #expect(
            table.reason?.message.contains("ServiceUnavailableException") == true, "\(String(describing: table.reason))"
        )
        #expect((actuals.monthToDate ?? 0) > 0, "Cost Explorer is unaffected")
        #expect(
            await collector.warnings().contains {
                $0 == .bundledPrices(because: table.reason ?? SourceFailure(kind: .other, message: ""))
            })
        #expect(!FileManager.default.fileExists(atPath: folder + "/prices-us-east-1.json"), "a failure is not cached")
    }

    @Test func aPricingFailureIsNotAskedAgainForFifteenMinutes() async throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let host = SimulationHost(seed: 7, speed: 1, wallNow: { start })
        let transport = CountingTransport(host: host)
        transport.failPricing = true
        let now = MovingClock(start)
        let collector = collector(folder: folder, clock: { now.value }, transport: transport)
        _ = try await pollCost(collector)
        let afterFailure = transport.count("AWSPriceListService")
        // The items are asked together; a failure fails the round (the others may be cancelled before they go out).
        #expect((1...4).contains(afterFailure), "one round at most")

        now.value = start.addingTimeInterval(14 * 60)
        transport.failPricing = false
        let (_, stillFallback) = try await pollCost(collector)
        #expect(
            transport.count("AWSPriceListService") == afterFailure, "no Pricing request within 15 minutes of a failure")
        #expect(stillFallback?.source == .bundled)
        #expect(stillFallback?.reason?.message.contains("ServiceUnavailableException") == true)

        now.value = start.addingTimeInterval(16 * 60)
        let (_, fetched) = try await pollCost(collector)
        #expect(transport.count("AWSPriceListService") == afterFailure + 4, "asked again after 15 minutes")
        #expect(fetched?.source == .pricingAPI)
    }

    @Test func withoutAnAccountCostExplorerIsCachedInMemoryOnly() async throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let host = SimulationHost(seed: 7, speed: 1, wallNow: { start })
        let transport = CountingTransport(host: host)
        let client = AWSClient.simulated(transport: transport, sleep: { _ in })
        let collector = Collector(
            clients: CollectorClients(regional: [(region: "us-east-1", client: client)], global: client),
            selection: Selection(), costCache: CostCacheSettings(directory: folder, account: nil), clock: { start })
        _ = try await pollCost(collector)
        _ = try await pollCost(collector)
        #expect(transport.count("AWSInsightsIndexService") == 1)
        #expect(!FileManager.default.fileExists(atPath: folder + "/ce-.json"))
    }
}

/// A test's own failure.
struct CostTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A clock the test moves by hand.
final class MovingClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    init(_ start: Date) { current = start }
    var value: Date {
        get { lock.withLock { current } }
        set { lock.withLock { current = newValue } }
    }
}
