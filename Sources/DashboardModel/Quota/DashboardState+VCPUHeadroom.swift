/// The Standard On-Demand vCPU quota against what runs and what the watched groups need at their max.
extension DashboardState {
    /// The headroom of each region with a reading, in the order the regions were read.
    public var vcpuHeadrooms: [VCPUHeadroom] {
        (metrics.value?.vcpuQuotas ?? []).map(vcpuHeadroom(of:))
    }

    /// The headroom of `region`, if it was read.
    public func vcpuHeadroom(in region: String) -> VCPUHeadroom? {
        metrics.value?.vcpuQuotas?.first { $0.region == region }.map(vcpuHeadroom(of:))
    }

    /// The region whose quota is tightest: the most over at max, then the least free; regions with a
    /// known quota and use before the others.
    public var tightestVCPUHeadroom: VCPUHeadroom? {
        func rank(_ headroom: VCPUHeadroom, _ offset: Int) -> (Int, Int, Int, Int) {
            (headroom.free == nil ? 1 : 0, -(headroom.overAtMax ?? 0), headroom.free ?? Int.max, offset)
        }
        return vcpuHeadrooms.enumerated().min { rank($0.element, $0.offset) < rank($1.element, $1.offset) }?.element
    }

    /// vCPUs of `instanceType` as read; nil when unknown.
    public func vcpus(of instanceType: String, in region: String) -> Int? {
        metrics.value?.vcpuQuotas?.first { $0.region == region }?.vcpusByType[instanceType]
    }

    /// The instance type `group` runs: the most common among its instances, else the one last seen.
    public func instanceType(of group: AutoScalingGroupStatus) -> String? {
        group.commonInstanceType
            ?? metrics.value?.vcpuQuotas?.first { $0.region == group.region }?.groupTypes[group.name]
    }

    /// The headroom `reading` gives with the watched groups of its region as they are now.
    func vcpuHeadroom(of reading: VCPUQuotaReading) -> VCPUHeadroom {
        reading.headroom(with: (groups.value ?? []).filter { $0.region == reading.region })
    }

    /// Each region's new reading with what it lacks taken from its last (a failed call leaves the last
    /// value); a poll that read no region leaves the last readings.
    static func fillVCPUQuotas(_ new: [VCPUQuotaReading]?, from old: [VCPUQuotaReading]?) -> [VCPUQuotaReading]? {
        guard let new else { return old }
        return new.map { reading in reading.filled(from: old?.first { $0.region == reading.region }) }
    }
}
