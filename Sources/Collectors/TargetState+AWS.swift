import DashboardModel

extension TargetState {
    /// Reads ELBv2's `TargetHealth.State` (`healthy`, `draining`, ...); an unknown value counts as `unavailable`.
    public init(awsState: String) {
        self = TargetState(rawValue: awsState.lowercased()) ?? .unavailable
    }
}
