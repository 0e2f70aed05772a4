import DashboardModel

extension ScalingPolicyType {
    /// AWS's own name of the type, e.g. `TargetTrackingScaling`, as the console shows it.
    public var awsName: String {
        switch self {
        case .targetTracking: "TargetTrackingScaling"
        case .step: "StepScaling"
        case .simple: "SimpleScaling"
        case .predictive: "PredictiveScaling"
        case let .other(name): name
        }
    }
}
