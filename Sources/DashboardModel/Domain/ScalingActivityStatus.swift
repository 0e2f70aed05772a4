/// Where a scaling activity stands, as the collector read it from Auto Scaling's `StatusCode`.
public enum ScalingActivityStatus: Sendable, Equatable, Hashable, Codable {
    /// Waiting for a Spot bid to be placed (`PendingSpotBidPlacement`).
    case pendingSpotBidPlacement
    /// Waiting for the Spot request's id (`WaitingForSpotInstanceRequestId`).
    case waitingForSpotInstanceRequestId
    /// Waiting for the Spot request to be fulfilled (`WaitingForSpotInstanceId`).
    case waitingForSpotInstanceId
    /// Waiting for the instance to start (`WaitingForInstanceId`).
    case waitingForInstanceId
    /// Running its lifecycle hooks before service (`PreInService`).
    case preInService
    /// Under way (`InProgress`).
    case inProgress
    /// Waiting for a Classic Load Balancer to drain connections (`WaitingForELBConnectionDraining`).
    case waitingForELBConnectionDraining
    /// Waiting for a lifecycle action to complete (`MidLifecycleAction`).
    case midLifecycleAction
    /// Waiting for the instance warm-up (`WaitingForInstanceWarmup`).
    case waitingForInstanceWarmup
    /// Finished well (`Successful`).
    case successful
    /// Finished without doing what it set out to (`Failed`).
    case failed
    /// Stopped before it finished (`Cancelled`).
    case cancelled
    /// Waiting for target groups to drain connections (`WaitingForConnectionDraining`).
    case waitingForConnectionDraining
    /// A code this version does not know, kept as AWS wrote it; it counts as not finished.
    case other(String)

    /// Whether the activity has ended: `successful`, `failed` or `cancelled`.
    public var finished: Bool {
        switch self {
        case .successful, .failed, .cancelled: true
        default: false
        }
    }

    /// Whether it ended `failed` or `cancelled`.
    public var endedBadly: Bool { self == .failed || self == .cancelled }
}
