import DashboardModel

extension ScalingPolicyType {
    /// Reads DescribePolicies' `PolicyType`; a missing one is `SimpleScaling`, as AWS documents.
    public init(awsName: String?) {
        switch awsName ?? "SimpleScaling" {
        case "TargetTrackingScaling": self = .targetTracking
        case "StepScaling": self = .step
        case "SimpleScaling": self = .simple
        case "PredictiveScaling": self = .predictive
        case let other: self = .other(other)
        }
    }
}
