import DashboardModel

extension LaunchFailureCause {
    /// A few words for the operator, e.g. `no m5.large capacity`, `vCPU limit`.
    public func phrase(instanceType: String?) -> String {
        switch self {
        case .capacity: instanceType.map { "no \($0) capacity" } ?? "no capacity"
        case .vcpuQuota: "vCPU limit"
        case .instanceLimit: "instance limit"
        case .template: "launch template error"
        case .subnet: "subnet error"
        case .spot: "no spot capacity"
        case .other: "launch error"
        }
    }
}

extension LaunchFailureTally {
    /// A few words for the operator, e.g. `no m5.large capacity`.
    public var phrase: String { cause.phrase(instanceType: instanceType) }
}
