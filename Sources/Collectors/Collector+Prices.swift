import AWSCore
import AWSServices
import DashboardModel
import Foundation

extension Collector {
    /// On-demand Linux prices for the instance types and database classes in use (and the ALB hour)
    /// in each watched region, from the Pricing API in us-east-1, kept a day in memory and on disk
    /// (a file per region).
    ///
    /// Returns nil when nothing is in use yet and nothing is cached (the state keeps its table);
    /// a Pricing failure gives the bundled table marked as a fallback, with the reason, and a warning,
    /// and the API is not asked again for `pricingRetryAfter` (a role without `pricing:GetProducts`
    /// would otherwise be refused, and a failing API retried, on every cost poll).
    func priceTable() async -> PriceTable? {
        let now = clock()
        let watched = clients.regional.map(\.region)
        let regions = watched.isEmpty ? ["us-east-1"] : watched
        var files: [String: PriceCacheFile] = [:]
        var fromDisk = false
        var wanted: [(region: String, file: PriceCacheFile, missing: [PriceItem])] = []
        for (index, region) in regions.enumerated() {
            let (known, disk) = await knownPrices(region: region, now: now)
            fromDisk = fromDisk || disk
            let needed = await neededPriceItems(region: region, first: index == 0)
            let missing = needed.filter { item in
                known.map { $0.prices[item.key] == nil && !$0.unavailable.contains(item.key) } ?? true
            }
            guard !missing.isEmpty else {
                if let known {
                    files[region] = known
                    await cache.setPrices(known, region: region, fromDisk: disk)
                }
                continue
            }
            wanted.append(
                (region, known ?? PriceCacheFile(fetchedAt: now, region: region, prices: [:], unavailable: []), missing)
            )
        }
        if !wanted.isEmpty {
            if let failure = await cache.pricesFailure, now.timeIntervalSince(failure.at) < Self.pricingRetryAfter,
                failure.at <= now.addingTimeInterval(300)
            {
                return .fallback(because: failure.reason)
            }
            let fetched: [PricedItem: Double]
            do {
                fetched = try await fetchPrices(
                    wanted.flatMap { entry in entry.missing.map { PricedItem(region: entry.region, item: $0) } })
            } catch {
                let failure = SourceFailure(error)
                await cache.warn(.bundledPrices(because: failure))
                await cache.setPricesFailure(failure, at: now)
                return .fallback(because: failure)
            }
            for var entry in wanted {
                for item in entry.missing {
                    if let price = fetched[PricedItem(region: entry.region, item: item)] {
                        entry.file.prices[item.key] = price
                    } else {
                        entry.file.unavailable.append(item.key)
                    }
                }
                files[entry.region] = entry.file
                await cache.setPrices(entry.file, region: entry.region, fromDisk: false)
                if let path = costCache?.pricesPath(region: entry.region),
                    let problem = CacheFiles.write(entry.file, to: path)
                {
                    await cache.warn(problem)
                }
            }
        }
        guard !files.isEmpty else { return nil }
        return Self.table(files, first: regions[0], source: fromDisk ? .cachedPricingAPI : .pricingAPI)
    }

    /// The prices already known for `region` (memory, else the disk cache) if still fresh, and
    /// whether they came from disk.
    private func knownPrices(region: String, now: Date) async -> (PriceCacheFile?, fromDisk: Bool) {
        let maxAge = costCache?.pricesMaxAge ?? 86_400
        var file = await cache.prices[region]
        var fromDisk = await cache.pricesFromDisk.contains(region)
        if file == nil, let path = costCache?.pricesPath(region: region),
            let stored = CacheFiles.read(PriceCacheFile.self, at: path)
        {
            file = stored
            fromDisk = true
        }
        if let current = file,
            current.region != region || now.timeIntervalSince(current.fetchedAt) >= maxAge
                || current.fetchedAt > now.addingTimeInterval(300)
        {
            return (nil, false)
        }
        return (file, fromDisk)
    }

    /// Prices for `groups`' instance types as a cost poll finds them (the day's cache on disk, the
    /// Pricing API, or the bundled table marked as a fallback with its reason), for a one-off
    /// command such as `flightdeck scale`.
    public func prices(for groups: [AutoScalingGroupStatus]) async -> PriceTable {
        await cache.remember(groups: groups)
        return await priceTable() ?? .bundled
    }

    /// The bundled table with the first region's prices on top (CloudFront's per-GB price among them:
    /// it is global), and each other region's on their own.
    static func table(_ files: [String: PriceCacheFile], first: String, source: PriceSource) -> PriceTable {
        let primary = PriceTable.bundled.prices.merging(files[first]?.prices ?? [:]) { _, fetched in fetched }
        let others = files.filter { $0.key != first && !$0.value.prices.isEmpty }.mapValues(\.prices)
        return PriceTable(prices: primary, source: source, regional: others)
    }

    /// The items to price in `region`: each instance type of its groups, each database class, the ALB
    /// hour (in the first region whenever load balancers are watched, elsewhere once one is seen), and
    /// in the first region CloudFront's GB when distributions are watched.
    func neededPriceItems(region: String, first: Bool) async -> [PriceItem] {
        let groups = await cache.groups.filter { $0.region == region }
        let types = Set(groups.flatMap(\.instances).compactMap(\.instanceType))
        var items = types.sorted().map { PriceItem.instance($0) }
        items += await (cache.databaseClasses[region] ?? [:]).sorted { $0.key < $1.key }.map {
            PriceItem.database($0.key, engine: $0.value)
        }
        let balancersSeen = await cache.targetGroupList.contains { $0.region == region }
        if selection.mode(selection.loadBalancers) != .none && (first || balancersSeen) { items.append(.loadBalancer) }
        if first && selection.mode(selection.distributions) != .none { items.append(.cloudFrontTransfer) }
        return items
    }

    /// How long a Pricing failure keeps the bundled table in use before the API is asked again.
    static let pricingRetryAfter: TimeInterval = 900

    /// How many GetProducts calls run at once.
    static let pricingConcurrency = 8

    /// The prices of `items`, asked together (at most `pricingConcurrency` at once); an item the
    /// Pricing API lists no price for is left out. The first failure fails them all.
    func fetchPrices(_ items: [PricedItem]) async throws -> [PricedItem: Double] {
        let answers = try await mapConcurrently(items, limit: Self.pricingConcurrency) { priced in
            (priced, try await self.fetchPrice(priced.item, region: priced.region))
        }
        var found: [PricedItem: Double] = [:]
        for case let (priced, price?) in answers { found[priced] = price }
        return found
    }

    /// One item's on-demand USD price in `region`, or nil when the Pricing API lists none.
    func fetchPrice(_ item: PriceItem, region: String) async throws -> Double? {
        let entries = try await all(
            Pricing.GetProducts(
                serviceCode: item.serviceCode, filters: item.filters(region: region),
                maxResults: 100), client: clients.global, maxPages: 5)
        let prices = entries.compactMap { try? Pricing.OnDemandPrice.parse($0) }.filter { $0.usdPerUnit > 0 }
        return item.choose(prices)
    }
}

/// An item to price in one region.
struct PricedItem: Hashable, Sendable {
    /// The region whose price is asked.
    var region: String
    /// The item.
    var item: PriceItem
}

/// Something the burn rate needs a price for.
enum PriceItem: Hashable, Sendable {
    /// An EC2 instance type, Linux, shared tenancy.
    case instance(String)
    /// An RDS instance class with its engine (`mysql`, `postgres`, ...).
    case database(String, engine: String)
    /// An Application Load Balancer hour.
    case loadBalancer
    /// A GB out of CloudFront, at the United States' first tier (where the shop's visitors are is
    /// not known; Europe's first tier is the same price, other places' are higher).
    case cloudFrontTransfer

    /// The `PriceTable` key.
    var key: String {
        switch self {
        case let .instance(type): return "ec2:\(type)"
        case let .database(instanceClass, _): return "rds:\(instanceClass)"
        case .loadBalancer: return "elb:application"
        case .cloudFrontTransfer: return "cloudfront:gb"
        }
    }

    /// The Pricing service code.
    var serviceCode: String {
        switch self {
        case .instance: return "AmazonEC2"
        case .database: return "AmazonRDS"
        case .loadBalancer: return "AWSELB"
        case .cloudFrontTransfer: return "AmazonCloudFront"
        }
    }

    /// The TERM_MATCH filters for `region`.
    func filters(region: String) -> [Pricing.Filter] {
        let location = Pricing.Filter(field: "regionCode", value: region)
        switch self {
        case let .instance(type):
            return [
                Pricing.Filter(field: "instanceType", value: type), location,
                Pricing.Filter(field: "operatingSystem", value: "Linux"),
                Pricing.Filter(field: "tenancy", value: "Shared"),
                Pricing.Filter(field: "preInstalledSw", value: "NA"),
                Pricing.Filter(field: "capacitystatus", value: "Used")
            ]
        case let .database(instanceClass, engine):
            var filters = [Pricing.Filter(field: "instanceType", value: instanceClass), location]
            if let name = Self.pricingEngine(engine) {
                filters.append(Pricing.Filter(field: "databaseEngine", value: name))
            }
            return filters
        case .loadBalancer:
            return [Pricing.Filter(field: "productFamily", value: "Load Balancer-Application"), location]
        case .cloudFrontTransfer:
            return [
                Pricing.Filter(field: "transferType", value: "CloudFront Outbound"),
                Pricing.Filter(field: "fromLocation", value: "United States")
            ]
        }
    }

    /// The hourly price among `prices`: for a database the single-AZ one (half a Multi-AZ one when
    /// only that is listed, as `PriceTable` doubles it back); for an ALB the load-balancer hour, not the LCU.
    func choose(_ prices: [Pricing.OnDemandPrice]) -> Double? {
        let hourly = prices.filter { $0.unit == "Hrs" }
        switch self {
        case .instance:
            return hourly.first?.usdPerUnit
        case .database:
            if let single = hourly.first(where: { $0.attributes["deploymentOption"] == "Single-AZ" }) {
                return single.usdPerUnit
            }
            return hourly.first(where: { $0.attributes["deploymentOption"] == "Multi-AZ" }).map { $0.usdPerUnit / 2 }
        case .loadBalancer:
            return hourly.first { $0.attributes["usagetype"]?.hasSuffix("LoadBalancerUsage") ?? false }?.usdPerUnit
        case .cloudFrontTransfer:
            return prices.first { $0.unit == "GB" }?.usdPerUnit
        }
    }

    /// The Pricing API's `databaseEngine` for an RDS engine name, when known.
    static func pricingEngine(_ engine: String) -> String? {
        switch engine.lowercased() {
        case "mysql": return "MySQL"
        case "postgres": return "PostgreSQL"
        case "mariadb": return "MariaDB"
        case "aurora", "aurora-mysql": return "Aurora MySQL"
        case "aurora-postgresql": return "Aurora PostgreSQL"
        default: return nil
        }
    }
}
