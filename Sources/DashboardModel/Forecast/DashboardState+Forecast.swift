import Foundation

extension DashboardState {
    /// When `group`'s desired capacity reaches its max at the ramp of the last ten minutes; nil when not rising.
    public func ceilingForecast(of group: AutoScalingGroupStatus) -> CeilingForecast? {
        CeilingForecast.make(
            samples: history.samples(SeriesKey(MetricName.groupDesired, group.name)),
            desired: group.desired, max: group.max, now: now)
    }

    /// The CPU target of `group`'s enabled target-tracking policy on average CPU, when the policies say one.
    public func cpuTarget(of group: AutoScalingGroupStatus) -> (policy: String, target: Double)? {
        group.policies.first {
            $0.enabled && $0.type == .targetTracking && $0.metric == "ASGAverageCPUUtilization"
                && $0.targetValue != nil
        }
        .flatMap { policy in policy.targetValue.map { (policy.name, $0) } }
    }
}
