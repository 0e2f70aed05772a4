import DashboardModel
import Foundation
import Testing

@Suite struct DomainTests {
    @Test func groupCountsByStateAndZone() {
        let group = Fixtures.group(
            desired: 6,
            instances: [
                ("a", .inService, true), ("a", .pending, true), ("b", .inService, false), ("b", .terminating, true),
                ("a", .standby, true)
            ])
        #expect(group.inService == 2 && group.pending == 1 && group.terminating == 1 && group.unhealthy == 1)
        let zones = group.zoneCounts
        #expect(
            zones.map(\.zone) == ["us-east-1a", "us-east-1b", "us-east-1c"],
            "a spanned zone with no instance still shows")
        #expect(zones[0].inService == 1 && zones[0].pending == 1 && zones[0].total == 3)
        #expect(zones[1].unhealthy == 1 && zones[1].terminating == 1)
        #expect(zones[2].total == 0)
    }

    @Test func ceilingActivityAndOverridingPolicies() {
        let activity = ScalingActivity(
            id: "1", description: "Launching", cause: "policy", status: .inProgress, startTime: Fixtures.start)
        let group = Fixtures.group(
            max: 4, desired: 4, activities: [activity],
            policies: [
                ScalingPolicySummary(name: "cpu70", type: .targetTracking),
                ScalingPolicySummary(name: "off", type: .step, enabled: false)
            ])
        #expect(group.atCeiling)
        #expect(group.activeActivity == activity)
        #expect(group.overridingPolicies.map(\.name) == ["cpu70"])
    }

    @Test func targetHealthPerZoneWithReasonsAndUnknownLast() {
        var targetGroup = Fixtures.targetGroup([
            ("a", .healthy, nil), ("a", .unhealthy, "Target.Timeout"), ("b", .unhealthy, "Target.FailedHealthChecks"),
            ("b", .unhealthy, "Target.Timeout"), ("b", .draining, nil), ("c", .initial, "Elb.RegistrationInProgress")
        ])
        targetGroup.targets.append(TargetStatus(id: "10.0.0.9", zone: nil, state: .healthy))
        let zones = targetGroup.zoneCounts
        #expect(zones.map(\.zone) == ["us-east-1a", "us-east-1b", "us-east-1c", "unknown"])
        #expect(zones[0].healthy == 1 && zones[0].unhealthy == 1)
        #expect(zones[1].unhealthy == 2 && zones[1].draining == 1)
        #expect(zones[1].reasons == ["Target.FailedHealthChecks", "Target.Timeout"])
        #expect(zones[2].initial == 1 && zones[3].healthy == 1)
    }

    @Test func ringBufferKeepsTheNewest() {
        var buffer = RingBuffer<Int>(capacity: 3)
        for value in 1...5 { buffer.append(value) }
        #expect(buffer.elements == [3, 4, 5])
        #expect(buffer.last == 5 && buffer.count == 3)
    }

    @Test func seriesStoreKeepsThirtyMinutesAtFiveSeconds() {
        var store = SeriesStore()
        let key = SeriesKey("asg.inService", "web")
        for step in 0..<1_000 { store.record(key, Double(step), at: Fixtures.at(Double(step) * 5)) }
        let samples = store.samples(key)
        #expect(samples.count == 360)
        #expect((samples.last?.time.timeIntervalSince(samples[0].time) ?? 0) >= 30 * 60 - 5)
        store.record(key, -1, at: Fixtures.at(999 * 5))
        #expect(store.values(key).last == -1 && store.values(key).count == 360, "same time replaces")
    }

    @Test func historyHoldsThirtyMinutesAtTheFastestInterval() {
        #expect(DashboardState(start: Fixtures.start, intervals: [.autoScaling: 1]).history.capacity >= 1_800)
        #expect(DashboardState(start: Fixtures.start, intervals: [.autoScaling: 5]).history.capacity >= 360)
    }

    @Test func burnRateFromWhatRunsAndPollingCost() {
        let group = Fixtures.group(instances: [
            ("a", .inService, true), ("b", .inService, true), ("c", .terminating, true)
        ])
        let status = CostEstimator.estimate(
            groups: [group], databases: [Fixtures.database()], loadBalancers: ["us-east-1": 1],
            cloudFrontBytesPerMinute: 1_000_000_000, prices: .bundled)
        // 2 × m5.large 0.096 + db.r5.large Multi-AZ 2 × 0.25 + ALB 0.0225 + 60 GB/h × 0.085
        #expect(abs(status.burnRatePerHour - (0.192 + 0.5 + 0.0225 + 5.1)) < 1e-9)
        #expect(status.priceSource == .bundled)
        // 13 metrics a minute: 13 × 1,440 × 0.00001 = 0.1872; Cost Explorer hourly: 0.24.
        #expect(
            abs(
                CostEstimator.pollingCostPerDay(metricsPerPoll: 13, metricsInterval: 60, costExplorerInterval: 3_600)
                    - 0.4272) < 1e-9)
    }
}
