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
        let counts = Dictionary(grouping: group.instances.compactMap(\.instanceType), by: { $0 }).mapValues(\.count)
        if let common = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key {
            return common
        }
        return metrics.value?.vcpuQuotas?.first { $0.region == group.region }?.groupTypes[group.name]
    }

    /// The headroom `reading` gives with the watched groups as they are now: their instances replace
    /// what the reading counted for them (the groups are polled more often), and their max less what
    /// they run is what they still need.
    func vcpuHeadroom(of reading: VCPUQuotaReading) -> VCPUHeadroom {
        var groupsInUse = 0
        var readForGroups = 0
        var needed: Int?
        var leftOut: [String] = []
        for group in (groups.value ?? []) where group.region == reading.region {
            let type = instanceType(of: group)
            var running = 0
            var unknown = false
            // Every instance but a detaching or warm-pool one holds its vCPUs, a terminating one until it is gone.
            for instance in group.instances where instance.lifecycle != .other {
                guard let instanceType = instance.instanceType ?? type else {
                    unknown = true
                    continue
                }
                guard InstanceBucket.isStandard(instanceType) else { continue }
                guard let vcpus = reading.vcpusByType[instanceType] else {
                    unknown = true
                    continue
                }
                running += vcpus
            }
            groupsInUse += running
            readForGroups += reading.inUseByGroup[group.name] ?? 0
            guard let type else {
                leftOut.append(group.name)
                continue
            }
            guard InstanceBucket.isStandard(type) else { continue }
            guard let vcpus = reading.vcpusByType[type], !unknown else {
                leftOut.append(group.name)
                continue
            }
            needed = (needed ?? 0) + max(0, group.max * vcpus - running)
        }
        return VCPUHeadroom(
            region: reading.region, quota: reading.quota, source: reading.source,
            inUse: reading.inUse.map { max(0, $0 - readForGroups) + groupsInUse }, neededAtMax: needed,
            groupsLeftOut: leftOut)
    }

    /// Each region's new reading with what it lacks taken from its last (a failed call leaves the last
    /// value); a poll that read no region leaves the last readings.
    static func fillVCPUQuotas(_ new: [VCPUQuotaReading]?, from old: [VCPUQuotaReading]?) -> [VCPUQuotaReading]? {
        guard let new else { return old }
        return new.map { reading in reading.filled(from: old?.first { $0.region == reading.region }) }
    }
}
