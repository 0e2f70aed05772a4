import DashboardModel

extension InstanceLifecycle {
    /// Folds an AWS `LifecycleState` string (e.g. `Pending:Wait`) into a lifecycle.
    public init(awsState: String) {
        let head = awsState.split(separator: ":").first.map(String.init) ?? awsState
        switch head {
        case "Pending": self = .pending
        case "InService": self = .inService
        case "Terminating", "Terminated": self = .terminating
        case "Standby", "EnteringStandby": self = .standby
        default: self = .other
        }
    }
}
