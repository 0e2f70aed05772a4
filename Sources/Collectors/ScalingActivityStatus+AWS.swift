import DashboardModel

extension ScalingActivityStatus {
    /// Reads Auto Scaling's `StatusCode` (e.g. `InProgress`, `Failed`); a code this version does not know is `other`.
    public init(awsCode: String) {
        switch awsCode {
        case "PendingSpotBidPlacement": self = .pendingSpotBidPlacement
        case "WaitingForSpotInstanceRequestId": self = .waitingForSpotInstanceRequestId
        case "WaitingForSpotInstanceId": self = .waitingForSpotInstanceId
        case "WaitingForInstanceId": self = .waitingForInstanceId
        case "PreInService": self = .preInService
        case "InProgress": self = .inProgress
        case "WaitingForELBConnectionDraining": self = .waitingForELBConnectionDraining
        case "MidLifecycleAction": self = .midLifecycleAction
        case "WaitingForInstanceWarmup": self = .waitingForInstanceWarmup
        case "Successful": self = .successful
        case "Failed": self = .failed
        case "Cancelled": self = .cancelled
        case "WaitingForConnectionDraining": self = .waitingForConnectionDraining
        default: self = .other(awsCode)
        }
    }
}
