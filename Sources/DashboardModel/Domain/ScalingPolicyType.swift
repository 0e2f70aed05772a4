/// What kind of Auto Scaling policy a policy is (DescribePolicies' `PolicyType`).
public enum ScalingPolicyType: Sendable, Hashable, Codable {
    /// Holds a metric at a target value.
    case targetTracking
    /// Steps capacity by an alarm's breach size.
    case step
    /// Moves capacity by one adjustment per alarm.
    case simple
    /// Scales ahead of forecast load.
    case predictive
    /// A type this version does not know, as AWS spelled it.
    case other(String)

    /// Whether a policy of this type moves desired capacity by itself (every type AWS has does).
    public var movesDesiredCapacity: Bool {
        if case .other = self { return false }
        return true
    }
}
