/// One region's Standard On-Demand vCPU quota against what runs and what the watched groups need at their max.
public struct VCPUHeadroom: Sendable, Equatable {
    /// The region.
    public var region: String
    /// The quota in vCPUs; nil when unknown.
    public var quota: Int?
    /// Where the quota came from.
    public var source: VCPUQuotaReading.Source?
    /// vCPUs running in the bucket: the watched groups' (from their instances now) and everything else's
    /// (from the last DescribeInstances); nil when the instances outside the groups are unknown.
    public var inUse: Int?
    /// vCPUs the watched groups still need to reach their max: each group's max times its type's vCPUs,
    /// less what it runs; nil when no watched group runs a Standard type with known vCPUs.
    public var neededAtMax: Int?
    /// Watched groups whose instance type or its vCPUs is unknown, left out of `neededAtMax`.
    public var groupsLeftOut: [String]

    /// Creates a headroom.
    public init(
        region: String, quota: Int?, source: VCPUQuotaReading.Source?, inUse: Int?, neededAtMax: Int?,
        groupsLeftOut: [String] = []
    ) {
        self.region = region
        self.quota = quota
        self.source = source
        self.inUse = inUse
        self.neededAtMax = neededAtMax
        self.groupsLeftOut = groupsLeftOut
    }

    /// vCPUs still free in the quota (0 when over it); nil when the quota or the use is unknown.
    public var free: Int? {
        guard let quota, let inUse else { return nil }
        return max(0, quota - inUse)
    }

    /// vCPUs the watched groups at max would need beyond the quota: 0 when they fit, nil when unknown.
    public var overAtMax: Int? {
        guard let quota, let inUse, let neededAtMax else { return nil }
        return max(0, inUse + neededAtMax - quota)
    }

    /// How many more instances of `vcpus` vCPUs each fit in the quota now; nil when unknown.
    public func instancesThatFit(vcpus: Int) -> Int? {
        guard vcpus > 0, let free else { return nil }
        return free / vcpus
    }
}
