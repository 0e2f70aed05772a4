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
        guard let type = instanceType(of: group), InstanceBucket.isStandard(type),
            let vcpus = vcpus(of: type, in: group.region),
            let headroom = vcpuHeadroom(in: group.region), let quota = headroom.quota, let inUse = headroom.inUse
        else { return nil }
        return ScalingPlan.QuotaRoom(
            instanceType: type, vcpusPerInstance: vcpus, quota: quota, inUse: inUse, source: headroom.source)
    }
}

extension ScalingPlan.QuotaRoom {
    /// The room `reading` gives `group` when it is the only group watched: the dashboard's rule,
    /// for `scale` and `schedule`.
    public static func of(_ group: AutoScalingGroupStatus, in reading: VCPUQuotaReading, at now: Date) -> Self? {
        var state = DashboardState(start: now)
        _ = state.apply(.polled(.autoScaling, .autoScaling([group]), now))
        var metrics = MetricsSnapshot(values: [:])
        metrics.vcpuQuotas = [reading]
        _ = state.apply(.polled(.metrics, .metrics(metrics), now))
        return state.quotaRoom(for: group)
    }
}
