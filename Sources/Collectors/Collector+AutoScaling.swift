import AWSCore
import AWSServices
import DashboardModel
import Foundation

extension Collector {
    /// How long scaling policies are cached: they change rarely, and every Auto Scaling call of an
    /// account shares one throttle with the console and automation.
    static let policyCacheSeconds: TimeInterval = 60

    /// Groups with instances, recent activities and policies, across the watched regions.
    func autoScalingGroups() async throws -> [AutoScalingGroupStatus] {
        let mode = selection.mode(selection.groups)
        if mode == .none { return [] }
        let groups: [AutoScalingGroupStatus] = try await eachRegion { region, client in
            try await self.groups(in: region, client: client, mode: mode)
        }
        let result = await capped(groups, kind: .autoScalingGroups)
        await cache.remember(groups: result)
        return result
    }

    private func groups(in region: String, client: AWSClient, mode: Selection.Mode) async throws
        -> [AutoScalingGroupStatus]
    {
        let names: [String]
        if case let .named(list) = mode { names = list } else { names = [] }
        // The groups are the panel; their activities and policies are optional facts (a role without
        // those reads still sees its groups).
        async let described = all(
            AutoScaling.DescribeAutoScalingGroups(names: names, maxRecords: 100), client: client, maxPages: 100)
        async let activities = optional(.scalingActivities, scope: region) {
            try await client.send(
                AutoScaling.DescribeScalingActivities(
                    groupName: names.count == 1 ? names[0] : nil,
                    maxRecords: Self.accountActivities))
        }
        let policies = await optional(.scalingPolicies, scope: region) {
            try await self.policiesByGroup(region: region, client: client)
        }
        let scheduled = await optional(.scheduledActions, scope: region) {
            try await self.scheduledActionsByGroup(region: region, client: client)
        }
        var raw = try await described
        if !selection.tags.isEmpty {
            raw = raw.filter { selection.carriesTags($0.tags) }
        }
        let activityList = await activities?.activities ?? []
        let activitiesByGroup = await groupActivities(
            raw, accountWide: activityList, accountWideRead: activities != nil,
            region: region, client: client)
        return raw.map { group in
            var status = AutoScalingGroupStatus(
                group, region: region,
                activities: Self.kept(activitiesByGroup[group.name] ?? []).map(ScalingActivity.init),
                policies: policies?[group.name] ?? [], policiesKnown: policies != nil)
            status.scheduledActions = scheduled?[group.name] ?? []
            status.scheduledActionsKnown = scheduled != nil
            return status
        }
    }

    /// The ten newest activities, and every older failed or cancelled one of the page (the failed
    /// launches the dashboard counts must not be crowded out by the launches that worked).
    static func kept(_ activities: [AutoScaling.Activity]) -> [AutoScaling.Activity] {
        let newest = activities.sorted { $0.startTime > $1.startTime }
        return Array(newest.prefix(10))
            + newest.dropFirst(10).filter { ScalingActivityStatus(awsCode: $0.statusCode).endedBadly }
    }

    private func policiesByGroup(region: String, client: AWSClient) async throws -> [String: [ScalingPolicySummary]] {
        let now = clock()
        if let cached = await cache.policies[region], now.timeIntervalSince(cached.fetched) < Self.policyCacheSeconds {
            return cached.policies
        }
        let policies = try await all(AutoScaling.DescribePolicies(groupName: nil), client: client)
        var byGroup: [String: [ScalingPolicySummary]] = [:]
        for policy in policies {
            byGroup[policy.groupName, default: []].append(
                ScalingPolicySummary(
                    name: policy.name, type: ScalingPolicyType(awsName: policy.policyType),
                    enabled: policy.enabled ?? true,
                    metric: policy.targetTracking?.predefinedMetricType, targetValue: policy.targetTracking?.targetValue
                ))
        }
        await cache.setPolicies(byGroup, region: region, at: now)
        return byGroup
    }
}
