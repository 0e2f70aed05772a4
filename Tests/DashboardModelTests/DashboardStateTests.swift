import DashboardModel
import Foundation
import Testing

@Suite struct DashboardStateTests {
    /// A scaling change's detail, for the timeline.
    static let applied = ScalingDetail.applied(
        from: ScalingLimits(min: 2, max: 20, desired: 4), to: ScalingLimits(min: 2, max: 20, desired: 6))

    let intervals: [DataSource: Double] = [.autoScaling: 5, .targetHealth: 10, .databases: 15, .metrics: 60]

    @Test func ticksStartDuePollsOnceEach() {
        var state = DashboardState(start: Fixtures.start, intervals: intervals)
        #expect(
            state.apply(.tick(Fixtures.start)) == [
                .poll(.autoScaling), .poll(.targetHealth), .poll(.databases), .poll(.metrics)
            ])
        #expect(state.apply(.tick(Fixtures.at(30))).isEmpty, "all still in flight")
        _ = state.apply(.polled(.autoScaling, .autoScaling([Fixtures.group()]), Fixtures.at(31)))
        #expect(state.apply(.tick(Fixtures.at(35))).isEmpty)
        #expect(state.apply(.tick(Fixtures.at(36))) == [.poll(.autoScaling)])
    }

    @Test func metricsArePolledAgainAsSoonAsTheResourcesTheyNameAreKnown() {
        var state = DashboardState(start: Fixtures.start, intervals: intervals)
        _ = state.apply(.tick(Fixtures.start))
        // The first metrics poll is running and knows no group yet.
        #expect(state.apply(.polled(.autoScaling, .autoScaling([Fixtures.group()]), Fixtures.at(1))).isEmpty)
        #expect(
            state.apply(.polled(.metrics, .metrics(MetricsSnapshot(values: [:])), Fixtures.at(2))) == [.poll(.metrics)])
        _ = state.apply(
            .polled(
                .metrics, .metrics(MetricsSnapshot(values: [SeriesKey(MetricName.groupCPU, "web-asg"): 50])),
                Fixtures.at(3)))
        #expect(
            state.apply(
                .polled(.targetHealth, .targetHealth([Fixtures.targetGroup([("a", .healthy, nil)])]), Fixtures.at(4)))
                == [.poll(.metrics)], "a first load of target health asks for its metrics at once")
        _ = state.apply(.polled(.metrics, .metrics(MetricsSnapshot(values: [:])), Fixtures.at(5)))
        #expect(
            state.apply(
                .polled(.targetHealth, .targetHealth([Fixtures.targetGroup([("a", .healthy, nil)])]), Fixtures.at(15))
            ).isEmpty,
            "only the first load")
    }

    @Test func aFailedPollKeepsTheLastGoodDataMarkedStaleWithAgeAndReason() {
        var state = DashboardState(start: Fixtures.start, intervals: intervals)
        _ = state.apply(.tick(Fixtures.start))
        _ = state.apply(.polled(.autoScaling, .autoScaling([Fixtures.group(desired: 7)]), Fixtures.at(1)))
        #expect(state.staleness(.autoScaling, at: Fixtures.at(2)) == nil)
        _ = state.apply(.tick(Fixtures.at(10)))
        let throttled = SourceFailure(kind: .throttled, message: "Throttling: Rate exceeded")
        _ = state.apply(.polled(.autoScaling, .failed(throttled), Fixtures.at(43)))
        #expect(state.groups.value?.first?.desired == 7, "last good value kept")
        #expect(state.staleness(.autoScaling, at: Fixtures.at(43)) == .failed(throttled, age: 42))
        #expect(state.errorLog.last == ErrorLogEntry(time: Fixtures.at(43), source: .autoScaling, failure: throttled))
        #expect(
            state.alerts.contains {
                $0 == Alert(resource: "Auto Scaling", .staleData(.autoScaling, .failed(throttled, age: 42)))
                    && $0.code == "stale-data" && $0.severity == .warning
            })
        #expect(state.timeline.last?.entry == .sourceFailing(throttled))
        #expect(state.scheduler.interval(.autoScaling) == 20, "throttling slows the source down")

        _ = state.apply(.tick(Fixtures.at(63)))
        _ = state.apply(.polled(.autoScaling, .autoScaling([Fixtures.group(desired: 8)]), Fixtures.at(64)))
        #expect(state.staleness(.autoScaling, at: Fixtures.at(64)) == nil)
        #expect(state.timeline.last?.entry == .sourceRecovered)
        #expect(state.groups.value?.first?.desired == 8)
    }

    @Test func dataOlderThanThreeIntervalsIsStaleEvenWithoutAnError() {
        var state = DashboardState(start: Fixtures.start, intervals: intervals)
        _ = state.apply(
            .polled(.targetHealth, .targetHealth([Fixtures.targetGroup([("a", .healthy, nil)])]), Fixtures.at(0)))
        #expect(state.staleness(.targetHealth, at: Fixtures.at(30)) == nil)
        #expect(state.staleness(.targetHealth, at: Fixtures.at(31)) == .old(age: 31, maxAge: 30))
    }

    @Test func pauseStopsPollingAndRefreshForcesIt() {
        var state = DashboardState(start: Fixtures.start, intervals: intervals)
        _ = state.apply(.pauseToggled(Fixtures.start))
        #expect(state.apply(.tick(Fixtures.at(1))).isEmpty)
        #expect(state.apply(.refreshRequested(Fixtures.at(2))).count == 4)
        var withCost = DashboardState(start: Fixtures.start)
        #expect(
            !withCost.apply(.refreshRequested(Fixtures.start)).contains(.poll(.cost)),
            "Cost Explorer charges per request")
        #expect(withCost.apply(.pollNow(.cost, Fixtures.start)) == [.poll(.cost)])
        #expect(withCost.apply(.pollNow(.cost, Fixtures.start)).isEmpty, "already polling")
        #expect(state.paused)
    }

    @Test func aFaultComesBeforeWhatItCausedInTheSameSecond() {
        var state = DashboardState(start: Fixtures.start, intervals: intervals)
        _ = state.apply(
            .operatorAction(
                TimelineEvent(
                    time: Fixtures.at(100), resource: "simulation",
                    .fault(FaultRequest(kind: "rds-failover"), .injected(at: Fixtures.at(100))))))
        _ = state.apply(
            .polled(
                .databases,
                .databases(
                    [Fixtures.database(status: "rebooting")],
                    events: [Fixtures.event("RDS-EVENT-0013", at: 100)]), Fixtures.at(112)))
        #expect(state.timeline.map(\.resource).prefix(2) == ["simulation", "shop-db"])
    }

    @Test func timelineMergesScalingHealthDatabaseAndOperatorEvents() {
        var state = DashboardState(start: Fixtures.start, intervals: intervals)
        let launching = ScalingActivity(
            id: "act-1", description: "Launching a new EC2 instance: i-9", cause: "policy",
            status: .inProgress, startTime: Fixtures.at(1))
        _ = state.apply(.polled(.autoScaling, .autoScaling([Fixtures.group(activities: [launching])]), Fixtures.at(2)))
        _ = state.apply(.polled(.autoScaling, .autoScaling([Fixtures.group(activities: [launching])]), Fixtures.at(7)))
        var finished = launching
        finished.status = .successful
        finished.endTime = Fixtures.at(80)
        _ = state.apply(.polled(.autoScaling, .autoScaling([Fixtures.group(activities: [finished])]), Fixtures.at(85)))
        _ = state.apply(
            .polled(.targetHealth, .targetHealth([Fixtures.targetGroup([("b", .healthy, nil)])]), Fixtures.at(90)))
        _ = state.apply(
            .polled(
                .targetHealth, .targetHealth([Fixtures.targetGroup([("b", .unhealthy, "Target.Timeout")])]),
                Fixtures.at(100)))
        _ = state.apply(
            .polled(
                .databases, .databases([Fixtures.database()], events: [Fixtures.event("RDS-EVENT-0013", at: 101)]),
                Fixtures.at(105)))
        _ = state.apply(
            .operatorAction(
                TimelineEvent(time: Fixtures.at(110), resource: "web-asg", .scaled(.applied, detail: Self.applied))))
        var down = ZoneTargetCounts(zone: "us-east-1b")
        down.unhealthy = 1
        down.reasons = ["Target.Timeout"]
        #expect(state.timeline.map(\.kind) == [.scaling, .health, .health, .database, .database, .operator])
        #expect(state.timeline.map(\.resource) == ["web-asg", "web-tg", "us-east-1b", "shop-db", "shop-db", "web-asg"])
        #expect(
            state.timeline.map(\.entry) == [
                .scalingActivity(finished, launchFailure: nil),
                .health(target: "i-0", zone: "us-east-1b", from: .healthy, to: .unhealthy, reason: "Target.Timeout"),
                .zoneDown(down, hadHealthy: 1),
                .databaseEvent(Fixtures.event("RDS-EVENT-0013", at: 101)),
                .failover(
                    .inProgress(startedAt: Fixtures.at(101)), primaryZone: "us-east-1a", standbyZone: "us-east-1b"),
                .scaled(.applied, detail: Self.applied)
            ])
        #expect(
            state.timeline.first?.time == Fixtures.at(1), "an activity keeps its start time when its status changes")
        #expect(state.alerts.contains { $0.code == "failover-in-progress" && $0.severity == .critical })
    }

    @Test func alertsForZonesCeilingHitRatioAnd5xx() {
        var state = DashboardState(start: Fixtures.start, intervals: intervals)
        _ = state.apply(.polled(.autoScaling, .autoScaling([Fixtures.group(max: 4, desired: 4)]), Fixtures.at(1)))
        _ = state.apply(
            .polled(
                .targetHealth,
                .targetHealth([
                    Fixtures.targetGroup([
                        ("a", .healthy, nil), ("a", .unhealthy, "Target.Timeout"),
                        ("b", .unhealthy, "Target.FailedHealthChecks"), ("c", .initial, nil)
                    ])
                ]), Fixtures.at(1)))
        _ = state.apply(
            .polled(
                .distributions,
                .distributions([
                    DistributionStatus(id: "E1", domainName: "d1.cloudfront.net", additionalMetricsEnabled: true),
                    DistributionStatus(id: "E2", domainName: "d2.cloudfront.net", additionalMetricsEnabled: false)
                ]), Fixtures.at(1)))
        _ = state.apply(
            .polled(
                .metrics,
                .metrics(
                    MetricsSnapshot(values: [
                        SeriesKey(MetricName.distributionHitRate, "E1"): 62.5,
                        SeriesKey(MetricName.distribution5xxRate, "E1"): 7,
                        SeriesKey(MetricName.distributionHitRate, "E2"): 99,
                        SeriesKey(MetricName.targetRequests, "arn:tg/web-tg"): 1_000,
                        SeriesKey(MetricName.target5xx, "arn:tg/web-tg"): 80
                    ])), Fixtures.at(2)))
        let codes = state.alerts.map { "\($0.severity.rawValue) \($0.code) \($0.resource)" }
        #expect(
            codes == [
                "critical 5xx-rate-high d1.cloudfront.net (E1)",
                "critical zone-down us-east-1b",
                "critical 5xx-rate-high web-tg",
                "warning hit-ratio-low d1.cloudfront.net (E1)",
                "warning asg-at-ceiling web-asg",
                "warning unhealthy-targets web-tg"
            ])
        var zoneB = ZoneTargetCounts(zone: "us-east-1b", healthy: 0, unhealthy: 1)
        zoneB.reasons = ["Target.FailedHealthChecks"]
        var zoneA = ZoneTargetCounts(zone: "us-east-1a", healthy: 1, unhealthy: 1)
        zoneA.reasons = ["Target.Timeout"]
        #expect(
            state.alerts.map(\.condition) == [
                .errorRateHigh(.distribution, rate: 0.07, ceiling: 0.05),
                .zoneDown(downFor: 1, hadHealthy: nil, targets: zoneB),
                .errorRateHigh(.targetGroup, rate: 0.08, ceiling: 0.05),
                .hitRatioLow(ratio: 0.625, floor: 0.8),
                .atCeiling(desired: 4, max: 4),
                .unhealthyTargets(zoneA)
            ])
        let distributions = state.distributions.value ?? []
        #expect(distributions.first { $0.id == "E1" }?.hitRatio == .measured(0.625))
        #expect(distributions.first { $0.id == "E2" }?.hitRatio == HitRatio.additionalMetricsOff, "never a guess")
    }

    @Test func spentSinceStartIntegratesTheBurnRate() {
        var state = DashboardState(start: Fixtures.start, intervals: intervals)
        _ = state.apply(.polled(.autoScaling, .autoScaling([Fixtures.group()]), Fixtures.start))
        let burn = state.cost.burnRatePerHour
        #expect(abs(burn - 0.192) < 1e-9)
        _ = state.apply(.tick(Fixtures.at(1_800)))
        #expect(abs(state.spentSinceStart - 0.096) < 1e-9)
        #expect(state.history.values(SeriesKey(MetricName.burnRate, "total")) == [burn])
    }
}
