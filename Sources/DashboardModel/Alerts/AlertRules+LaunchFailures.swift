import Foundation

extension AlertRules {
    /// Launches EC2 refuses (critical): one alert per zone and cause, naming the group, zone, cause and count.
    static func launchFailureAlerts(_ group: AutoScalingGroupStatus, tallies: [LaunchFailureTally]) -> [Alert] {
        let minutes = Int(DashboardState.launchFailureWindow / 60)
        return tallies.map { tally in
            let launches = tally.count == 1 ? "1 launch" : "\(tally.count) launches"
            let zone = tally.zone.map { " in \($0)" } ?? ""
            return Alert(
                severity: .critical, code: "launch-failures", resource: group.name,
                message: "\(launches) failed\(zone) in \(minutes) min: \(tally.phrase) (\(tally.cause.rawValue))")
        }
    }
}
