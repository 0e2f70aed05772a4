/// Estimates the burn rate of what runs now from prices: instances, databases, load balancers and
/// CloudFront bytes.
public enum CostEstimator {
    /// The burn rate and its lines; items without a known price are listed at zero with `?` marked.
    public static func estimate(groups: [AutoScalingGroupStatus], databases: [DatabaseStatus], loadBalancerCount: Int,
                                cloudFrontBytesPerMinute: Double, prices: PriceTable) -> CostStatus {
        var lines: [CostLine] = []
        var instanceCounts: [String: Int] = [:]
        for group in groups {
            for instance in group.instances where instance.lifecycle != .terminating {
                instanceCounts[instance.instanceType ?? "unknown", default: 0] += 1
            }
        }
        for (type, count) in instanceCounts.sorted(by: { $0.key < $1.key }) {
            let price = prices.instanceHour(type)
            lines.append(CostLine(item: price == nil ? "\(type) (no price)" : type, quantity: Double(count), unitPerHour: price ?? 0))
        }
        var databaseCounts: [String: Int] = [:]
        for database in databases where !database.isCluster {
            databaseCounts["\(database.instanceClass ?? "unknown")|\(database.multiAZ)", default: 0] += 1
        }
        for (key, count) in databaseCounts.sorted(by: { $0.key < $1.key }) {
            let parts = key.split(separator: "|").map(String.init)
            let instanceClass = parts.first ?? "unknown"
            let multiAZ = parts.last == "true"
            let price = prices.databaseHour(instanceClass, multiAZ: multiAZ)
            let label = instanceClass + (multiAZ ? " Multi-AZ" : "") + (price == nil ? " (no price)" : "")
            lines.append(CostLine(item: label, quantity: Double(count), unitPerHour: price ?? 0))
        }
        if loadBalancerCount > 0 {
            lines.append(CostLine(item: "ALB", quantity: Double(loadBalancerCount), unitPerHour: prices.prices["elb:application"] ?? 0))
        }
        if cloudFrontBytesPerMinute > 0 {
            let gigabytesPerHour = cloudFrontBytesPerMinute * 60 / 1_000_000_000
            lines.append(CostLine(item: "CloudFront GB/h", quantity: gigabytesPerHour, unitPerHour: prices.prices["cloudfront:gb"] ?? 0))
        }
        let total = lines.reduce(0) { $0 + $1.perHour }
        return CostStatus(burnRatePerHour: total, priceSource: prices.source, lines: lines)
    }

    /// What the dashboard's own polling costs per day in USD: GetMetricData at USD 0.01 per 1,000
    /// metrics requested, Cost Explorer at USD 0.01 per request.
    public static func pollingCostPerDay(metricsPerPoll: Int, metricsInterval: Double, costExplorerInterval: Double) -> Double {
        let metricPolls = 86_400 / Swift.max(1, metricsInterval)
        let explorerPolls = 86_400 / Swift.max(1, costExplorerInterval)
        return Double(metricsPerPoll) * metricPolls * 0.01 / 1_000 + explorerPolls * 0.01
    }
}
