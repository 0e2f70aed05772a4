import AWSCore
import AWSServices
import DashboardModel
import Foundation

extension Collector {
    /// How many of the account's newest activities one call reads (DescribeScalingActivities' most).
    static let accountActivities = 100
    /// How many groups have their own activities read in one poll, at most: every Auto Scaling call
    /// of the account shares one throttle with the console and automation.
    static let groupActivityReadsPerPoll = 10
    /// How many activities a group's own read asks for.
    static let activitiesPerGroup = 10
    /// How long a group's own read stands in for a new one when the group is not moving.
    static let groupActivitySeconds: TimeInterval = 300

    /// Each group's activities: the account's newest, and when those may leave groups out (a full
    /// page, several groups), each group's own newest, read for at most `groupActivityReadsPerPoll`
    /// groups a poll: the moving ones first (desired is not what is in service, or instances are
    /// launching or leaving), then those never read, then the stalest. Reads of earlier polls are kept.
    func groupActivities(
        _ groups: [AutoScaling.Group], accountWide: [AutoScaling.Activity], accountWideRead: Bool,
        region: String, client: AWSClient
    ) async -> [String: [AutoScaling.Activity]] {
        let byGroup = Dictionary(grouping: accountWide, by: \.groupName)
        let now = clock()
        var earlier = await cache.groupActivities(region: region)
        if accountWideRead, accountWide.count >= Self.accountActivities, groups.count > 1 {
            let chosen = Self.groupsToRead(
                groups, accountWide: byGroup, earlier: earlier.mapValues(\.read), now: now,
                limit: Self.groupActivityReadsPerPoll)
            let read =
                (try? await mapConcurrently(chosen, limit: 5) { name in
                    (
                        name,
                        try? await client.send(
                            AutoScaling.DescribeScalingActivities(groupName: name, maxRecords: Self.activitiesPerGroup))
                    )
                }) ?? []
            for case let (name, page?) in read { earlier[name] = (now, page.activities) }
            await cache.setGroupActivities(earlier, region: region)
        }
        return Self.merged(byGroup, own: earlier.mapValues(\.activities))
    }

    /// The account's newest activities by group, with each group's own reads added (each activity once).
    static func merged(_ accountWide: [String: [AutoScaling.Activity]], own: [String: [AutoScaling.Activity]])
        -> [String: [AutoScaling.Activity]]
    {
        var byGroup = accountWide
        for (name, activities) in own {
            var seen = Set((byGroup[name] ?? []).map(\.id))
            byGroup[name, default: []] += activities.filter { $0.groupName == name && seen.insert($0.id).inserted }
        }
        return byGroup
    }

    /// The groups whose own activities to read this poll, most in need first, at most `limit`.
    static func groupsToRead(
        _ groups: [AutoScaling.Group], accountWide: [String: [AutoScaling.Activity]],
        earlier: [String: Date], now: Date, limit: Int
    ) -> [String] {
        func need(_ group: AutoScaling.Group) -> Int? {
            let inService = group.instances.filter { $0.lifecycleState == "InService" }.count
            let moving =
                inService != group.desiredCapacity || group.instances.contains { $0.lifecycleState != "InService" }
            if moving { return 0 }
            guard let read = earlier[group.name] else { return accountWide[group.name] == nil ? 1 : 2 }
            return now.timeIntervalSince(read) >= groupActivitySeconds ? 3 : nil
        }
        let ranked = groups.enumerated().compactMap { index, group in
            need(group).map { ($0, earlier[group.name] ?? .distantPast, index, group.name) }
        }
        return ranked.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.prefix(limit).map(\.3)
    }
}

extension CollectorCache {
    /// The activities read group by group in `region`, with when.
    func groupActivities(region: String) -> [String: (read: Date, activities: [AutoScaling.Activity])] {
        groupActivityReads[region] ?? [:]
    }

    /// Keeps the group-by-group reads of `region`.
    func setGroupActivities(_ value: [String: (read: Date, activities: [AutoScaling.Activity])], region: String) {
        groupActivityReads[region] = value
    }
}
