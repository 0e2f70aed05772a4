import DashboardModel

extension ScalingActivityStatus {
    /// AWS's own spelling of the status, e.g. `InProgress`, `Failed`: the screen shows the code the console shows.
    public var awsCode: String {
        switch self {
        case .pendingSpotBidPlacement: "PendingSpotBidPlacement"
        case .waitingForSpotInstanceRequestId: "WaitingForSpotInstanceRequestId"
        case .waitingForSpotInstanceId: "WaitingForSpotInstanceId"
        case .waitingForInstanceId: "WaitingForInstanceId"
        case .preInService: "PreInService"
        case .inProgress: "InProgress"
        case .waitingForELBConnectionDraining: "WaitingForELBConnectionDraining"
        case .midLifecycleAction: "MidLifecycleAction"
        case .waitingForInstanceWarmup: "WaitingForInstanceWarmup"
        case .successful: "Successful"
        case .failed: "Failed"
        case .cancelled: "Cancelled"
        case .waitingForConnectionDraining: "WaitingForConnectionDraining"
        case let .other(code): code
        }
    }
}
