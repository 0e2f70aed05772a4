import AWSCore
import AWSServices
import DashboardModel
import Foundation

extension Collector {
    /// How long scheduled actions are cached: a change confirmed in the dashboard is checked against
    /// actions at most this old; one made here is forgotten at once (`forgetScheduledActions`).
    static let scheduledActionCacheSeconds: TimeInterval = 30

    /// The scheduled actions of every group in `region`, by group name, soonest first.
    func scheduledActionsByGroup(region: String, client: AWSClient) async throws -> [String: [ScheduledActionSummary]] {
        let now = clock()
        if let cached = await cache.scheduledActions[region],
            now.timeIntervalSince(cached.fetched) < Self.scheduledActionCacheSeconds
        {
            return cached.actions
        }
        let byGroup = Self.scheduledActionSummaries(
            try await all(AutoScaling.DescribeScheduledActions(groupName: nil, maxRecords: 100), client: client))
        await cache.setScheduledActions(byGroup, region: region, at: now)
        return byGroup
    }

    /// The dashboard's view of AWS's scheduled actions, by group, soonest first.
    public static func scheduledActionSummaries(_ actions: [AutoScaling.ScheduledAction]) -> [String:
        [ScheduledActionSummary]]
    {
        var byGroup: [String: [ScheduledActionSummary]] = [:]
        for action in actions {
            byGroup[action.groupName, default: []].append(
                ScheduledActionSummary(
                    name: action.name, time: action.startTime, recurrence: action.recurrence, min: action.minSize,
                    max: action.maxSize,
                    desired: action.desiredCapacity))
        }
        return byGroup.mapValues {
            $0.sorted { ($0.time ?? .distantFuture, $0.name) < ($1.time ?? .distantFuture, $1.name) }
        }
    }

    /// Forgets the cached scheduled actions, after one was created or deleted here.
    public func forgetScheduledActions() async {
        await cache.clearScheduledActions()
    }
}

extension CollectorCache {
    /// Remembers the scheduled actions of `region`.
    func setScheduledActions(_ value: [String: [ScheduledActionSummary]], region: String, at date: Date) {
        scheduledActions[region] = (date, value)
    }

    /// Forgets every region's scheduled actions.
    func clearScheduledActions() {
        scheduledActions = [:]
    }
}
