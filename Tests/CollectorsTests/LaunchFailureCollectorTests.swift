import Collectors
import DashboardModel
import Foundation
import SimulatorModel
import Testing

/// A zone without capacity in the simulator, read through the production client, reaches the model
/// as a classified failure with its zone.
@Suite struct LaunchFailureCollectorTests {
    @Test func aZoneWithoutCapacityReachesTheModelAsAClassifiedFailure() async throws {
        let account = SimulatedAccount()
        await account.fault(#"{"kind": "capacity", "zone": "us-east-1c", "seconds": 1200}"#)
        await account.host.advance(seconds: 900)
        let model = await account.model()
        let refused = model.group.activities.filter { $0.status == .failed }
        #expect(!refused.isEmpty, "the launch-day ramp sent launches to us-east-1c")
        var state = DashboardState(start: account.clock())
        _ = state.apply(.polled(.autoScaling, await account.collector.poll(.autoScaling), model.currentDate))
        let group = try #require(state.groups.value?.first)
        #expect(
            group.activities.contains {
                $0.statusMessage?.hasPrefix(
                    "We currently do not have sufficient m5.large capacity in the Availability Zone you requested (us-east-1c)."
                ) == true
            })
        let tally = try #require(state.launchFailureTallies(of: group).first)
        #expect(tally.zone == "us-east-1c")
        #expect(tally.cause == .capacity)
        #expect(tally.instanceType == "m5.large")
        let recent = refused.filter { model.now - ($0.endedAt ?? $0.startedAt) <= DashboardState.launchFailureWindow }
        #expect(tally.count == recent.count, "every refusal of the last 10 minutes is counted")
        #expect(state.zones.first { $0.zone == "us-east-1c" }?.failedLaunches?.count == tally.count)
        #expect(state.alerts.contains(Alert(resource: group.name, .launchFailures(tally, window: 600))))
    }
}
