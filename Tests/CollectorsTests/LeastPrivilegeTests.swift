import AWSCore
import Collectors
import DashboardApp
import DashboardModel
import DashboardRender
import Foundation
import TestSupport
import Testing

/// A role scoped down by a security team: each optional read denied on its own costs only the facts
/// it feeds; a denied list call costs only its panel.
@Suite struct LeastPrivilegeTests {
    /// One denied action and what must still stand.
    struct Case: CustomStringConvertible, Sendable {
        let action: String
        let source: DataSource
        let fact: MissingFact.Fact
        var description: String { action }
    }

    static let optionalCalls = [
        Case(action: "autoscaling:DescribePolicies", source: .autoScaling, fact: .scalingPolicies),
        Case(action: "autoscaling:DescribeScalingActivities", source: .autoScaling, fact: .scalingActivities),
        Case(action: "autoscaling:DescribeScheduledActions", source: .autoScaling, fact: .scheduledActions),
        Case(action: "cloudfront:GetMonitoringSubscription", source: .distributions, fact: .monitoringSubscription),
        Case(action: "rds:DescribeEvents", source: .databases, fact: .databaseEvents),
        Case(action: "rds:DescribeDBClusters", source: .databases, fact: .auroraClusters),
        Case(action: "cloudwatch:DescribeAlarms", source: .metrics, fact: .alarms),
        Case(action: "servicequotas:GetServiceQuota", source: .metrics, fact: .vcpuQuota),
        Case(action: "ec2:DescribeInstances", source: .metrics, fact: .vcpusInUse),
        Case(action: "ec2:DescribeInstanceTypes", source: .metrics, fact: .vcpusInUse)
    ]

    func snapshot(denying denied: Set<String>) async -> DashboardState {
        let account = SimulatedAccount(denying: denied)
        // Five simulated minutes in, CloudWatch has complete minutes to read.
        await account.host.advance(seconds: 300)
        return await Snapshotter.take(collector: account.collector, clock: account.clock)
    }

    @Test(arguments: optionalCalls)
    func aDeniedOptionalReadCostsOnlyItsFacts(_ denied: Case) async throws {
        let full = await snapshot(denying: [])
        let state = await snapshot(denying: [denied.action])
        #expect(state.groups.value?.map(\.name) == full.groups.value?.map(\.name), "the groups stay")
        #expect(state.databases.value?.map(\.id) == full.databases.value?.map(\.id), "the databases stay")
        #expect(state.distributions.value?.map(\.id) == full.distributions.value?.map(\.id), "the distributions stay")
        #expect(
            (state.distributions.value ?? []).allSatisfy { $0.requests != nil }, "requests still come from CloudWatch")
        #expect(state.distributions.value?.map(\.requests) == full.distributions.value?.map(\.requests))
        for source in DataSource.allCases { #expect(state.failure(source) == nil, "no panel fails: \(source)") }
        let missing = try #require(state.missing[denied.source]?.first)
        #expect(missing.fact == denied.fact)
        #expect(missing.failure.action == denied.action)
        #expect(missing.failure.kind == .accessDenied)
        #expect(
            missing.failure.message.contains("is not authorized to perform: \(denied.action)"),
            "AWS's message, naming the principal")
        let document = SnapshotDocument(state: state, account: nil, regions: ["us-east-1"], now: state.now)
        let entry = try #require(document.errors.first)
        #expect(document.errors.count == 1)
        #expect(entry.action == denied.action && entry.kind == "denied" && entry.fact == denied.fact.rawValue)
        #expect(Snapshotter.exitStatus(state, failOnAlert: false) == 2, "any failed call exits 2")
    }

    @Test func deniedPoliciesLeaveTheGroupsWithPoliciesUnknownAndTheDialogSaysSo() async throws {
        let state = await snapshot(denying: ["autoscaling:DescribePolicies"])
        let group = try #require(state.groups.value?.first)
        #expect(!group.policiesKnown && group.policies.isEmpty)
        let plan = ScalingPlanner.plan(
            ScalingRequest(group: group.name, desired: group.desired + 1), group: group, prices: .bundled)
        #expect(plan.warnings.contains(.policiesUnknown))
    }

    @Test func aDeniedSubscriptionLeavesTheHitRatioUnavailableSayingWhy() async throws {
        let state = await snapshot(denying: ["cloudfront:GetMonitoringSubscription"])
        let distribution = try #require(state.distributions.value?.first)
        #expect(distribution.hitRatio.isSubscriptionUnknown)
        #expect(
            HitRatioText.source(distribution.hitRatio) == "unavailable: cloudfront:GetMonitoringSubscription denied")
    }

    @Test func aDeniedListCallFailsOnlyItsPanel() async throws {
        let state = await snapshot(denying: ["rds:DescribeDBInstances"])
        #expect(state.failure(.databases)?.action == "rds:DescribeDBInstances")
        #expect(state.failure(.databases)?.kind == .accessDenied)
        #expect(
            state.failure(.autoScaling) == nil && state.failure(.distributions) == nil
                && state.failure(.targetHealth) == nil)
        #expect(state.groups.value?.isEmpty == false)
        #expect(
            state.scheduler.interval(.databases)
                == min(
                    DataSource.databases.defaultInterval * PollScheduler.maxBackoffFactor,
                    PollScheduler.maxInterval), "asked again at the slowest interval, not at once")
    }

    @Test func aDeniedOptionalReadIsNotAskedAgainAtOnce() async throws {
        let account = SimulatedAccount(denying: ["autoscaling:DescribePolicies"])
        guard case let .partial(_, first) = await account.collector.poll(.autoScaling),
            case let .partial(_, second) = await account.collector.poll(.autoScaling)
        else {
            Issue.record("expected partial results")
            return
        }
        #expect(first == second, "the remembered denial is reported again")
        #expect(first.first?.failure.action == "autoscaling:DescribePolicies")
        #expect(account.refusals.of("autoscaling:DescribePolicies") == 1, "and not asked again within five minutes")
    }
}
