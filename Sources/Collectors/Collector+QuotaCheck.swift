import DashboardModel
import Foundation

/// The vCPU quota's room for one group's type, read for a change made without the dashboard.
public struct QuotaCheck: Sendable, Equatable {
    /// The room; nil when a fact is missing or the type counts against another quota.
    public var room: ScalingPlan.QuotaRoom?
    /// The facts that could not be read (a denied GetServiceQuota or DescribeInstances), with their calls.
    public var missing: [MissingFact]
}

extension Collector {
    /// Reads the room in `group`'s region's Standard vCPU quota for its instance type, as the
    /// dashboard reads it with the metrics (for `scale` and `schedule`, which poll nothing else).
    public func quotaCheck(for group: AutoScalingGroupStatus) async -> QuotaCheck {
        guard let client = clients.regional.first(where: { $0.region == group.region })?.client else {
            return QuotaCheck(room: nil, missing: [])
        }
        let log = MissingFactLog()
        let reading = await Self.$missingFacts.withValue(log) {
            await vcpuQuota(in: group.region, client: client, watched: [group])
        }
        return QuotaCheck(room: reading.room(for: group, with: [group]), missing: log.all)
    }
}
