import Foundation

/// Costs accrued from what runs, at the configured on-demand prices.
extension LaunchDayModel {
    /// The UTC day (days since 1970) of simulated second `time`.
    public func day(at time: Double) -> Int {
        Int((date(at: time).timeIntervalSince1970 / 86_400).rounded(.down))
    }

    /// Adds one second of every service's cost.
    mutating func accrueCosts() {
        let day = day(at: now)
        let prices = config.prices
        let billed = group.instances.filter(\.isBilled).count
        costs.add(Double(billed) * prices.instanceHour / 3_600, service: CostLedger.Service.ec2, day: day)
        let origin = load.originRequestsPerSecond
        let processedGBPerHour = origin * traffic.bytesPerRequest * 3_600 / 1e9
        let lcus = max(origin * 0.3 / 25, processedGBPerHour, 0.05)
        costs.add(
            (prices.loadBalancerHour + lcus * prices.lcuHour) / 3_600, service: CostLedger.Service.loadBalancing,
            day: day)
        costs.add(prices.databaseHour / 3_600, service: CostLedger.Service.rds, day: day)
        let viewer = load.viewerRequestsPerSecond
        let cloudFront =
            viewer * traffic.bytesPerRequest / 1e9 * prices.cloudFrontGB + viewer / 10_000
            * prices.cloudFrontPer10kRequests
        costs.add(cloudFront, service: CostLedger.Service.cloudFront, day: day)
    }

    /// Books what the shop cost from midnight UTC until the launch started, at its starting size and traffic.
    mutating func accrueCostsBeforeStart() {
        let day = day(at: 0)
        let seconds = config.startDate.timeIntervalSince1970 - Double(day) * 86_400
        guard seconds > 0 else { return }
        let hours = seconds / 3_600
        let prices = config.prices
        let viewer = traffic.baseUsers * traffic.requestsPerUser
        let origin = viewer * (1 - distribution.steadyHitRatio)
        let lcus = max(origin * 0.3 / 25, origin * traffic.bytesPerRequest * 3_600 / 1e9, 0.05)
        costs.add(
            Double(group.desiredCapacity) * prices.instanceHour * hours, service: CostLedger.Service.ec2, day: day)
        costs.add(
            (prices.loadBalancerHour + lcus * prices.lcuHour) * hours, service: CostLedger.Service.loadBalancing,
            day: day)
        costs.add(prices.databaseHour * hours, service: CostLedger.Service.rds, day: day)
        let cloudFront =
            viewer * seconds
            * (traffic.bytesPerRequest / 1e9 * prices.cloudFrontGB + prices.cloudFrontPer10kRequests / 10_000)
        costs.add(cloudFront, service: CostLedger.Service.cloudFront, day: day)
    }
}
