import Foundation

extension ScalingPlan {
    /// How many more instances of a group's type the Standard On-Demand vCPU quota holds now.
    public struct QuotaRoom: Sendable, Equatable {
        /// The group's instance type.
        public var instanceType: String
        /// Its vCPUs.
        public var vcpusPerInstance: Int
        /// The quota in vCPUs.
        public var quota: Int
        /// vCPUs in use in the bucket.
        public var inUse: Int
        /// Where the quota came from.
        public var source: VCPUQuotaReading.Source?

        /// Creates a room.
        public init(
            instanceType: String, vcpusPerInstance: Int, quota: Int, inUse: Int, source: VCPUQuotaReading.Source?
        ) {
            self.instanceType = instanceType
            self.vcpusPerInstance = vcpusPerInstance
            self.quota = quota
            self.inUse = inUse
            self.source = source
        }

        /// Instances of the type that fit in what is free (none when the quota is full or passed).
        public var fit: Int { vcpusPerInstance > 0 ? Swift.max(0, quota - inUse) / vcpusPerInstance : 0 }
    }
}

extension DashboardState {
    /// The room in `group`'s region's vCPU quota for its instance type; nil when the quota, the use
    /// or the type's vCPUs are unknown, or the type counts against another quota.
    public func quotaRoom(for group: AutoScalingGroupStatus) -> ScalingPlan.QuotaRoom? {
        guard let reading = metrics.value?.vcpuQuotas?.first(where: { $0.region == group.region }) else { return nil }
        return reading.room(for: group, with: (groups.value ?? []).filter { $0.region == group.region })
    }
}
