import Collectors
import DashboardModel
import Foundation

/// One poll of every source, in the order their dependencies need, folded into a dashboard state:
/// what `flightdeck snapshot` prints.
public enum Snapshotter {
    /// Polls everything once. Auto Scaling, RDS and CloudFront go first and concurrently; target
    /// health then uses the groups' instance zones, and cost prices the types found; CloudWatch last, since its
    /// queries name the groups, target groups and distributions found. Alerts use `thresholds`.
    public static func take(collector: Collector, thresholds: AlertThresholds = AlertThresholds(),
                            clock: @escaping @Sendable () -> Date = { Date() }) async -> DashboardState {
        var state = DashboardState(start: clock(), thresholds: thresholds)
        state.metricsPerPoll = 0
        let first = await withTaskGroup(of: (DataSource, PollResult, Date).self) { group in
            for source in [DataSource.autoScaling, .databases, .distributions] {
                group.addTask { (source, await collector.poll(source), clock()) }
            }
            var results: [(DataSource, PollResult, Date)] = []
            for await result in group { results.append(result) }
            return results
        }
        for (source, result, date) in first.sorted(by: { $0.0.rawValue < $1.0.rawValue }) {
            _ = state.apply(.polled(source, result, date))
        }
        // Target health and cost (whose prices are for the instance types and classes just found) together.
        async let health = collector.poll(.targetHealth)
        async let cost = collector.poll(.cost)
        let healthResult = await health
        _ = state.apply(.polled(.targetHealth, healthResult, clock()))
        _ = state.apply(.polled(.cost, await cost, clock()))
        state.metricsPerPoll = await collector.metricsPerPoll()
        _ = state.apply(.polled(.metrics, await collector.poll(.metrics), clock()))
        _ = state.apply(.tick(clock()))
        return state
    }

    /// The exit status for a snapshot: 0 when everything loaded, 2 when a source failed, 3 when
    /// `failOnAlert` is set and an alert fires (a failure takes precedence).
    public static func exitStatus(_ state: DashboardState, failOnAlert: Bool) -> Int32 {
        // Any failed call, a panel's own or one that cost only some facts, exits 2.
        if DataSource.allCases.contains(where: { state.failure($0) != nil || !(state.missing[$0] ?? []).isEmpty }) { return 2 }
        if failOnAlert && !state.alerts.isEmpty { return 3 }
        return 0
    }
}
