import DashboardModel
import Foundation
import Testing

/// What the dashboard's own polling costs: the metrics of each metrics poll, the target counts bought
/// at most once a minute at scale, and Cost Explorer.
@Suite struct PollingCostTests {
    @Test func targetCountsAreBoughtOnceAMinuteWhateverTheTargetHealthInterval() {
        var state = DashboardState(start: Fixtures.start, intervals: [.metrics: 60, .targetHealth: 10, .cost: 3_600])
        state.metricsPerPoll = 1_000
        let withoutCounts = state.pollingCostPerDay
        // 1,000 metrics a minute: USD 14.40 a day; Cost Explorer hourly: USD 0.24.
        #expect(abs(withoutCounts - 14.64) < 0.000_1, "\(withoutCounts)")
        state.targetCountMetrics = 6_006
        #expect(
            abs(state.pollingCostPerDay - withoutCounts - 6_006 * 1_440 * 0.01 / 1_000) < 0.000_1,
            "\(state.pollingCostPerDay)")
    }

    @Test func aTargetHealthPollSlowerThanAMinuteBuysTheCountsLessOften() {
        var state = DashboardState(start: Fixtures.start, intervals: [.metrics: 60, .targetHealth: 120, .cost: 3_600])
        state.targetCountMetrics = 1_000
        #expect(
            abs(state.pollingCostPerDay - (1_000 * 720 * 0.01 / 1_000 + 0.24)) < 0.000_1, "\(state.pollingCostPerDay)")
    }
}
