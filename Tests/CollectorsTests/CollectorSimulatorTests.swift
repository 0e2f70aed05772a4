import AWSCore
import Collectors
import DashboardModel
import Foundation
import SimulatorModel
import SimulatorServer
import TestSupport
import Testing

/// Every source polled from the simulator through the production client: what the collector maps
/// must agree with the simulated world.
@Suite struct CollectorSimulatorTests {
    @Test func autoScalingAgreesWithTheSimulation() async throws {
        let account = SimulatedAccount()
        await account.host.advance(seconds: 900)
        let result = await account.collector.poll(.autoScaling)
        guard case let .autoScaling(groups) = result else {
            Issue.record("poll failed: \(result)")
            return
        }
        let model = await account.model()
        let truth = model.group
        let group = try #require(groups.first)
        #expect(groups.count == 1)
        #expect(group.name == truth.name && group.min == truth.minSize && group.max == truth.maxSize)
        #expect(group.desired == truth.desiredCapacity)
        #expect(group.instances.count == truth.listedInstances.count)
        #expect(group.zones == ["us-east-1a", "us-east-1b", "us-east-1c"])
        #expect(group.policies.contains { $0.type == .targetTracking })
        #expect(
            group.policies.contains { $0.metric == "ASGAverageCPUUtilization" && $0.targetValue == 70 },
            "the CPU target the ceiling alert compares with")
        #expect(!group.targetGroupARNs.isEmpty)
        #expect(group.desired > 2, "the launch-day ramp has scaled the group out by minute 15")
    }

    @Test func targetHealthCarriesZonesFromTheGroup() async throws {
        let account = SimulatedAccount()
        await account.host.advance(seconds: 300)
        _ = await account.collector.poll(.autoScaling)
        guard case let .targetHealth(groups) = await account.collector.poll(.targetHealth) else {
            Issue.record("target health poll failed")
            return
        }
        let targetGroup = try #require(groups.first)
        #expect(targetGroup.name == "shop-web-tg" && targetGroup.loadBalancerName == "shop-alb")
        #expect(targetGroup.targets.allSatisfy { $0.zone != nil }, "\(targetGroup.targets)")
        #expect(targetGroup.zoneCounts.map(\.zone) == ["us-east-1a", "us-east-1b", "us-east-1c"])
        #expect(targetGroup.zoneCounts.reduce(0) { $0 + $1.healthy } >= 2)
    }

    @Test func anRDSFailoverIsSeenStartingAndCompletingWithTheZonesSwapped() async throws {
        let account = SimulatedAccount()
        var state = DashboardState(start: account.clock())
        func pollDatabases(_ at: Double) async {
            _ = state.apply(
                .polled(.databases, await account.collector.poll(.databases), account.clock().addingTimeInterval(at)))
        }
        await pollDatabases(0)
        let before = try #require(state.databases.value?.first)
        #expect(before.multiAZ && before.primaryZone == "us-east-1a" && before.secondaryZone == "us-east-1b")
        try await account.host.apply(.databaseFailover)
        await account.host.advance(seconds: 5)
        await pollDatabases(5)
        guard case .inProgress = state.databases.value?.first?.failover else {
            Issue.record("failover not in progress: \(String(describing: state.databases.value?.first))")
            return
        }
        await account.host.advance(seconds: 130)
        await pollDatabases(135)
        let after = try #require(state.databases.value?.first)
        #expect(after.primaryZone == "us-east-1b" && after.secondaryZone == "us-east-1a")
        guard case let .completed(startedAt, completedAt) = after.failover, let startedAt else {
            Issue.record("failover not completed: \(after.failover)")
            return
        }
        let took = completedAt.timeIntervalSince(startedAt)
        #expect(took >= 60 && took <= 120, "took \(took) s")
        #expect(
            state.timeline.contains { event in
                guard case let .databaseEvent(rds) = event.entry else { return false }
                return rds.code == "RDS-EVENT-0013"
            })
    }

    @Test func distributionsMetricsAndCost() async throws {
        let account = SimulatedAccount()
        await account.host.advance(seconds: 600)
        _ = await account.collector.poll(.autoScaling)
        _ = await account.collector.poll(.targetHealth)
        guard case let .distributions(distributions) = await account.collector.poll(.distributions) else {
            Issue.record("distributions poll failed")
            return
        }
        let distribution = try #require(distributions.first)
        guard case let .metrics(snapshot) = await account.collector.poll(.metrics) else {
            Issue.record("metrics poll failed")
            return
        }
        #expect(snapshot.value(MetricName.groupCPU, "web-asg") != nil)
        let arn = try #require(
            account.collector.selection.discoversEverything
                ? snapshot.values.keys.first { $0.metric == MetricName.targetRequests }?.resource : nil)
        #expect((snapshot.value(MetricName.targetRequests, arn) ?? 0) > 0)
        #expect((snapshot.value(MetricName.distributionRequests, distribution.id) ?? 0) > 0)
        if distribution.additionalMetricsEnabled {
            let rate = try #require(snapshot.value(MetricName.distributionHitRate, distribution.id))
            #expect(rate > 80 && rate <= 100)
        }
        guard case let .cost(actuals, _) = await account.collector.poll(.cost) else {
            Issue.record("cost poll failed")
            return
        }
        #expect((actuals.monthToDate ?? 0) > 0)
        #expect(await account.collector.metricsPerPoll() >= 5)
    }

    @Test func aThrottledSourceFailsAloneWithTheReason() async throws {
        let account = SimulatedAccount()
        // Enough throttles for every attempt of every Auto Scaling call of the poll (the groups, their
        // activities, policies and scheduled actions, each tried three times): with fewer, the calls
        // beside DescribeAutoScalingGroups could use them up and let its last attempt through.
        await account.fault(#"{"kind": "throttle", "service": "autoscaling", "count": 40}"#)
        let failed = await account.collector.poll(.autoScaling)
        guard case let .failed(failure) = failed else {
            Issue.record("expected a failure, got \(failed)")
            return
        }
        #expect(failure.kind == .throttled)
        #expect(failure.message.contains("Throttling"))
        guard case .databases = await account.collector.poll(.databases) else {
            Issue.record("RDS should be unaffected")
            return
        }
    }
}
