import DashboardModel

extension ScalingMover {
    /// Who a scaling activity's `Cause` names, in the words Auto Scaling writes it: "a monitor alarm
    /// … triggered policy NAME changing the desired capacity", "a scheduled action update of
    /// AutoScalingGroup constraints", "a user request …", "… taken out of service in response to
    /// a … health check failure".
    public init(cause: String) {
        if let range = cause.range(of: "triggered policy ") {
            let name = cause[range.upperBound...].prefix { $0 != " " }
            self = name.isEmpty ? .unknown : .policy(String(name))
        } else if cause.contains("a scheduled action") {
            self = .scheduledAction
        } else if cause.contains("a user request") {
            self = .userRequest
        } else if cause.contains("health check failure") || cause.contains("taken out of service") {
            self = .healthReplacement
        } else {
            self = .unknown
        }
    }
}
