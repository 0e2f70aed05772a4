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
                Alert(
                    severity: .warning, code: "asg-ceiling-soon", resource: group.name,
                    message:
                        "desired \(group.desired) reaches max \(group.max) in \(DurationText.approximate(forecast.ceilingInSeconds)) at this ramp (\(forecast.fromDesired) to \(forecast.toDesired) in \(DurationText.short(forecast.overSeconds)))"
                ))
        }
        if group.atCeiling, let (policy, target) = state.cpuTarget(of: group),
            let cpu = state.metrics.value?.value(MetricName.groupCPU, group.name), cpu > target
        {
            alerts.append(
                Alert(
                    severity: .critical, code: "asg-ceiling-starved", resource: group.name,
                    message:
                        "at max \(group.max) with CPU \(NumberText.fixed(cpu, decimals: 0))% above the \(NumberText.fixed(target, decimals: 0))% target of \(policy): the policy wants more and cannot have it"
                ))
        }
        return alerts
    }
}
