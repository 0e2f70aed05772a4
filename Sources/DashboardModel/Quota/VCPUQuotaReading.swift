import Foundation

/// What one region's poll read of the Standard On-Demand vCPU quota and its use; each part nil when
/// its call failed (the poll's missing facts say why).
public struct VCPUQuotaReading: Sendable, Equatable, Codable {
    /// Where the quota's value came from.
    public enum Source: String, Sendable, Equatable, Codable {
        /// The value applied to the account (`GetServiceQuota`).
        case applied = "service-quotas"
        /// AWS's default (`GetAWSDefaultServiceQuota`), read where Service Quotas has no applied value.
        case awsDefault = "aws-default"
    }

    /// The region.
    public var region: String
    /// The quota in vCPUs; nil when it could not be read.
    public var quota: Int?
    /// Where `quota` came from; nil with it.
    public var source: Source?
    /// vCPUs of the region's pending and running Standard instances; nil when they could not be read.
    public var inUse: Int?
    /// Of those, the vCPUs each Auto Scaling group runs (by its `aws:autoscaling:groupName` tag), so the
    /// watched groups' can be replaced by their fresher counts.
    public var inUseByGroup: [String: Int]
    /// vCPUs per instance type (`VCpuInfo.DefaultVCpus`), for every type seen.
    public var vcpusByType: [String: Int]
    /// The instance type each group was last seen running, by group name (its type when it runs none now).
    public var groupTypes: [String: String]

    /// Creates a reading.
    public init(
        region: String, quota: Int?, source: Source?, inUse: Int?, inUseByGroup: [String: Int] = [:],
        vcpusByType: [String: Int] = [:], groupTypes: [String: String] = [:]
    ) {
        self.region = region
        self.quota = quota
        self.source = source
        self.inUse = inUse
        self.inUseByGroup = inUseByGroup
        self.vcpusByType = vcpusByType
        self.groupTypes = groupTypes
    }

    /// This reading with what it lacks taken from `older` (the same region's last): a call that failed
    /// this time leaves its last value, as alarms do.
    public func filled(from older: VCPUQuotaReading?) -> VCPUQuotaReading {
        guard let older, older.region == region else { return self }
        var merged = self
        if quota == nil {
            merged.quota = older.quota
            merged.source = older.source
        }
        if inUse == nil {
            merged.inUse = older.inUse
            merged.inUseByGroup = older.inUseByGroup
        }
        merged.vcpusByType = older.vcpusByType.merging(vcpusByType) { _, new in new }
        merged.groupTypes = older.groupTypes.merging(groupTypes) { _, new in new }
        return merged
    }
}
