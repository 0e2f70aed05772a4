import AWSCore
import AWSServices
import DashboardModel
import Foundation

extension Collector {
    /// Cost Explorer's month to date and today (UnblendedCost, daily), with prices for what runs.
    ///
    /// Cost Explorer charges USD 0.01 a request, so its figures are fetched at most once an hour
    /// (and again on a new UTC day), even across restarts when a cache folder and account are known.
    /// Cost Explorer and the Pricing API are asked together, the prices once `pricesAfter` returns
    /// (nil: no prices, Cost Explorer alone); neither waits for the other's answer.
    func cost(pricesAfter: (@Sendable () async -> Void)?) async throws -> PollResult {
        guard let pricesAfter else { return .cost(try await costActuals(), prices: nil) }
        async let prices: PriceTable? = {
            await pricesAfter()
            return await self.priceTable()
        }()
        // The prices are awaited even when Cost Explorer fails: cancelling them would count as a
        // Pricing failure and keep the bundled table for a quarter of an hour.
        let actuals: Result<CostActuals, any Error>
        do { actuals = .success(try await costActuals()) } catch { actuals = .failure(error) }
        let table = await prices
        return .cost(try actuals.get(), prices: table)
    }

    /// Cost Explorer's figures, from the memory or disk cache when younger than an hour and of today.
    func costActuals() async throws -> CostActuals {
        let now = clock()
        // Cost Explorer's days are UTC days, written yyyy-MM-dd; a UTC day is always 86,400 seconds.
        let todayText = Timestamps.formatDay(now)
        if let cached = await cachedActuals(day: todayText, now: now) {
            return CostActuals(monthToDate: cached.monthToDate, today: cached.today, fetchedAt: cached.fetchedAt)
        }
        let monthStart = todayText.prefix(8) + "01"
        let tomorrow = Timestamps.formatDay(now.addingTimeInterval(86_400))
        let request = CostExplorer.GetCostAndUsage(
            period: CostExplorer.DateInterval(start: String(monthStart), end: tomorrow))
        let results = try await all(request, client: clients.global, maxPages: 5)
        var monthToDate = 0.0
        var todayCost: Double?
        for result in results {
            let amount = result.total["UnblendedCost"]?.value ?? 0
            monthToDate += amount
            if result.timePeriod.start == todayText { todayCost = amount }
        }
        let file = ActualsCacheFile(fetchedAt: now, day: todayText, monthToDate: monthToDate, today: todayCost ?? 0)
        await cache.setActuals(file)
        if let path = await actualsPath(), let problem = CacheFiles.write(file, to: path) { await cache.warn(problem) }
        return CostActuals(monthToDate: file.monthToDate, today: file.today, fetchedAt: now)
    }

    /// The cached figures of `day` younger than the cache's age limit, from memory, else from disk.
    private func cachedActuals(day: String, now: Date) async -> ActualsCacheFile? {
        let maxAge = costCache?.actualsMaxAge ?? 3_600
        func usable(_ file: ActualsCacheFile?) -> ActualsCacheFile? {
            guard let file, file.day == day, file.fetchedAt <= now.addingTimeInterval(300),
                now.timeIntervalSince(file.fetchedAt) < maxAge
            else { return nil }
            return file
        }
        if let memory = usable(await cache.actuals) { return memory }
        guard let path = await actualsPath(), let disk = usable(CacheFiles.read(ActualsCacheFile.self, at: path)) else {
            return nil
        }
        await cache.setActuals(disk)
        return disk
    }
}
