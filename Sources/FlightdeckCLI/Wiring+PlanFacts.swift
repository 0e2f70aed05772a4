import Collectors
import DashboardModel
import FlightdeckPlatform

extension Wiring {
    /// What `scale` and `schedule` plan `group`'s change against, read together: prices as the
    /// dashboard prices (the day's cache on disk, else the Pricing API, else bundled; the cache named
    /// by `account`) and the vCPU quota's room for the group's type.
    func planFacts(for group: AutoScalingGroupStatus, account: String?) async -> (
        prices: PriceTable, quota: QuotaCheck
    ) {
        let costCache = CostCacheSettings(
            directory: CostCacheSettings.defaultDirectory(environment: Platform.environment), account: account)
        let collector = Collector(clients: clients, selection: Selection(groups: [group.name]), costCache: costCache)
        async let prices = collector.prices(for: [group])
        async let quota = collector.quotaCheck(for: group)
        return await (prices, quota)
    }
}
