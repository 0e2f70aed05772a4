import AWSCore
import AWSServices
import DashboardModel
import Foundation

extension Collector {
    /// Cost Explorer's month to date and today (UnblendedCost, daily), with the bundled price table.
    ///
    /// Cost Explorer charges USD 0.01 a request, so this source is polled hourly by default.
    func cost() async throws -> PollResult {
        let now = clock()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let components = calendar.dateComponents([.year, .month, .day], from: now)
        let formatter = DateFormatter()
        formatter.calendar = calendar
        formatter.timeZone = calendar.timeZone
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        guard let monthStart = calendar.date(from: DateComponents(year: components.year, month: components.month, day: 1)),
              let today = calendar.date(from: components), let tomorrow = calendar.date(byAdding: .day, value: 1, to: today)
        else { return .cost(CostActuals(monthToDate: nil, today: nil), prices: nil) }
        let request = CostExplorer.GetCostAndUsage(period: CostExplorer.DateInterval(start: formatter.string(from: monthStart),
                                                                                      end: formatter.string(from: tomorrow)))
        let results = try await all(request, client: clients.global, maxPages: 5)
        let todayText = formatter.string(from: today)
        var monthToDate = 0.0
        var todayCost: Double?
        for result in results {
            let amount = result.total["UnblendedCost"]?.value ?? 0
            monthToDate += amount
            if result.timePeriod.start == todayText { todayCost = amount }
        }
        return .cost(CostActuals(monthToDate: monthToDate, today: todayCost ?? 0), prices: nil)
    }
}
