/// Estimates the burn rate of what runs now from prices: instances, databases, load balancers and
/// CloudFront bytes.
public enum CostEstimator {
    /// The burn rate and its lines; items without a known price are listed at zero with `(no price)`.
    /// Each is priced in its own region (`loadBalancers` counts them by region); when more than one
    /// region runs something, each line names its region.
    public static func estimate(
        groups: [AutoScalingGroupStatus], databases: [DatabaseStatus], loadBalancers: [String: Int],
        cloudFrontBytesPerMinute: Double, prices: PriceTable
    ) -> CostStatus {
        struct Key: Hashable, Comparable {
            var region: String
            var item: String
            var multiAZ = false
            static func < (lhs: Key, rhs: Key) -> Bool {
                (lhs.region, lhs.item, lhs.multiAZ ? 1 : 0) < (rhs.region, rhs.item, rhs.multiAZ ? 1 : 0)
            }
        }
        var instanceCounts: [Key: Int] = [:]
        for group in groups {
            // Counted by type within the group first: a group runs one or two types, so the keyed
            // count is touched once per type, not once per instance (a frame prices 1,000 groups).
            var types: [String: Int] = [:]
            for instance in group.instances where instance.lifecycle != .terminating {
                types[instance.instanceType ?? "unknown", default: 0] += 1
            }
            for (type, count) in types { instanceCounts[Key(region: group.region, item: type), default: 0] += count }
        }
        var databaseCounts: [Key: Int] = [:]
        for database in databases where !database.isCluster {
            databaseCounts[
                Key(region: database.region, item: database.instanceClass ?? "unknown", multiAZ: database.multiAZ),
                default: 0] += 1
        }
        let regions = Set(
            instanceCounts.keys.map(\.region) + databaseCounts.keys.map(\.region)
                + loadBalancers.filter { $0.value > 0 }.keys)
        func named(_ region: String) -> String? { regions.count > 1 ? region : nil }
        var lines: [CostLine] = []
        for (key, count) in instanceCounts.sorted(by: { $0.key < $1.key }) {
            let price = prices.instanceHour(key.item, region: key.region)
            lines.append(
                CostLine(
                    item: .instances(type: key.item), region: named(key.region), priced: price != nil,
                    quantity: Double(count), unitPerHour: price ?? 0))
        }
        for (key, count) in databaseCounts.sorted(by: { $0.key < $1.key }) {
            let price = prices.databaseHour(key.item, multiAZ: key.multiAZ, region: key.region)
            lines.append(
                CostLine(
                    item: .databases(instanceClass: key.item, multiAZ: key.multiAZ), region: named(key.region),
                    priced: price != nil, quantity: Double(count), unitPerHour: price ?? 0))
        }
        for (region, count) in loadBalancers.sorted(by: { $0.key < $1.key }) where count > 0 {
            lines.append(
                CostLine(
                    item: .loadBalancers, region: named(region), quantity: Double(count),
                    unitPerHour: prices.price("elb:application", region: region) ?? 0))
        }
        if cloudFrontBytesPerMinute > 0 {
            let gigabytesPerHour = cloudFrontBytesPerMinute * 60 / 1_000_000_000
            lines.append(
                CostLine(
                    item: .cloudFrontTransfer, quantity: gigabytesPerHour,
                    unitPerHour: prices.prices["cloudfront:gb"] ?? 0))
        }
        let total = lines.reduce(0) { $0 + $1.perHour }
        return CostStatus(burnRatePerHour: total, priceSource: prices.source, lines: lines)
    }

    /// What the dashboard's own polling costs per day in USD: GetMetricData at USD 0.01 per 1,000
    /// metrics requested, Cost Explorer at USD 0.01 per request.
    public static func pollingCostPerDay(metricsPerPoll: Int, metricsInterval: Double, costExplorerInterval: Double)
        -> Double
    {
        let metricPolls = 86_400 / Swift.max(1, metricsInterval)
        let explorerPolls = 86_400 / Swift.max(1, costExplorerInterval)
        return Double(metricsPerPoll) * metricPolls * 0.01 / 1_000 + explorerPolls * 0.01
    }
}
