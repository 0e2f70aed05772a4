import Collectors
import DashboardModel
import FlightdeckPlatform
import Foundation

/// One poll of every source, in the order their dependencies need, folded into a dashboard state:
/// what `flightdeck snapshot` prints.
public enum Snapshotter {
    /// Polls everything once, each call as soon as what it needs is known: the groups, databases,
    /// distributions, target group lists and Cost Explorer at once; prices once the groups and
    /// databases name what to price; target health once its target groups are listed (waiting for
    /// the groups only for the zones of its instance targets); CloudWatch once the groups, target
    /// groups and distributions its queries name are known. Alerts use `thresholds`.
    public static func take(
        collector: Collector, thresholds: AlertThresholds = AlertThresholds(),
        clock: @escaping Platform.Clock = Platform.systemClock
    ) async -> DashboardState {
        var state = DashboardState(start: clock(), thresholds: thresholds)
        state.metricsPerPoll = 0
        func start(_ source: DataSource) -> Task<(PollResult, Date), Never> {
            Task { (await collector.poll(source), clock()) }
        }
        let groups = start(.autoScaling), databases = start(.databases), distributions = start(.distributions)
        let health = start(.targetHealth)
        let cost = Task {
            (
                await collector.pollCost(pricesAfter: {
                    _ = await groups.value
                    _ = await databases.value
                }), clock()
            )
        }
        let metrics = Task {
            _ = await groups.value
            _ = await distributions.value
            await collector.targetGroupsListed()
            let count = await collector.metricsPerPoll()
            return (count, await collector.poll(.metrics), clock())
        }
        let targetCounts = Task {
            _ = await health.value
            return await collector.targetCountMetrics()
        }
        // Applied in the order the state expects, whatever order they answered in.
        for (source, task) in [
            (DataSource.autoScaling, groups), (.databases, databases), (.distributions, distributions)
        ]
        .sorted(by: { $0.0.rawValue < $1.0.rawValue }) {
            let (result, date) = await task.value
            _ = state.apply(.polled(source, result, date))
        }
        for (source, task) in [(DataSource.targetHealth, health), (.cost, cost)] {
            let (result, date) = await task.value
            _ = state.apply(.polled(source, result, date))
        }
        let (count, result, date) = await metrics.value
        state.metricsPerPoll = count
        state.targetCountMetrics = await targetCounts.value
        _ = state.apply(.polled(.metrics, result, date))
        if let status = await collector.credentialStatus() { _ = state.apply(.credentialsChecked(status, clock())) }
        _ = state.apply(.tick(clock()))
        return state
    }

    /// The exit status for a snapshot: 0 when everything loaded, 2 when a source failed, 3 when
    /// `failOnAlert` is set and an alert fires (a failure takes precedence).
    public static func exitStatus(_ state: DashboardState, failOnAlert: Bool) -> Int32 {
        // Any failed call, a panel's own or one that cost only some facts, exits 2.
        if DataSource.allCases.contains(where: { state.failure($0) != nil || !(state.missing[$0] ?? []).isEmpty }) {
            return 2
        }
        if failOnAlert && !state.alerts.isEmpty { return 3 }
        return 0
    }
}
