/// Why EC2 refused a launch that Auto Scaling asked for, read from the scaling activity's status message.
public enum LaunchFailureCause: String, Sendable, Equatable, Codable, CaseIterable {
    /// InsufficientInstanceCapacity: the zone has no capacity of the instance type.
    case capacity
    /// The account's vCPU quota for the instance family is used up.
    case vcpuQuota = "vcpu-quota"
    /// The account's instance count limit (older accounts) is reached.
    case instanceLimit = "instance-limit"
    /// The launch template or configuration is wrong: missing template, image or IAM instance profile.
    case template
    /// The subnet is missing or has no free address.
    case subnet
    /// No Spot capacity, or the Spot request limit is reached.
    case spot
    /// Anything else; AWS's message says what.
    case other
}
