extension AlertRules {
    /// Launches EC2 refuses (critical): one alert per zone and cause, with the group's tally of them.
    static func launchFailureAlerts(_ group: AutoScalingGroupStatus, tallies: [LaunchFailureTally]) -> [Alert] {
        tallies.map { Alert(resource: group.name, .launchFailures($0, window: DashboardState.launchFailureWindow)) }
    }
}
