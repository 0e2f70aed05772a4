import Foundation

extension AlertRules {
    /// Seconds to the ceiling under which a rising group warns.
    static let ceilingSoonSeconds: TimeInterval = 600

    /// A group that will reach its max within ten minutes at this ramp (warning), and one at its max
    /// while its CPU is above the target-tracking target: the policy wants more and cannot have it (critical).
    static func ceilingAlerts(_ group: AutoScalingGroupStatus, state: DashboardState) -> [Alert] {
        var alerts: [Alert] = []
        if let forecast = state.ceilingForecast(of: group), forecast.ceilingInSeconds < ceilingSoonSeconds {
            alerts.append(
                Alert(resource: group.name, .ceilingSoon(desired: group.desired, max: group.max, forecast: forecast)))
        }
        if group.atCeiling, let (policy, target) = state.cpuTarget(of: group),
            let cpu = state.metrics.value?.value(MetricName.groupCPU, group.name), cpu > target
        {
            alerts.append(
                Alert(resource: group.name, .ceilingStarved(max: group.max, cpu: cpu, target: target, policy: policy)))
        }
        return alerts
    }
}
