extension VCPUQuotaReading {
    /// The instance type `group` runs: the most common among its instances, else the one this reading saw.
    public func instanceType(of group: AutoScalingGroupStatus) -> String? {
        group.commonInstanceType ?? groupTypes[group.name]
    }

    /// The headroom this reading gives with `groups`, the watched groups of its region, as they are now:
    /// their instances replace what the reading counted for them (the groups are polled more often),
    /// and their max less what they run is what they still need.
    public func headroom(with groups: [AutoScalingGroupStatus]) -> VCPUHeadroom {
        var groupsInUse = 0
        var readForGroups = 0
        var needed: Int?
        var leftOut: [String] = []
        for group in groups {
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
                guard let vcpus = vcpusByType[instanceType] else {
                    unknown = true
                    continue
                }
                running += vcpus
            }
            groupsInUse += running
            readForGroups += inUseByGroup[group.name] ?? 0
            guard let type else {
                leftOut.append(group.name)
                continue
            }
            guard InstanceBucket.isStandard(type) else { continue }
            guard let vcpus = vcpusByType[type], !unknown else {
                leftOut.append(group.name)
                continue
            }
            needed = (needed ?? 0) + max(0, group.max * vcpus - running)
        }
        return VCPUHeadroom(
            region: region, quota: quota, source: source,
            inUse: inUse.map { max(0, $0 - readForGroups) + groupsInUse }, neededAtMax: needed,
            groupsLeftOut: leftOut)
    }

    /// The room for more of `group`'s instance type, with `groups` (its region's watched groups, itself
    /// among them) as they are now; nil when the quota, the use or the type's vCPUs are unknown, or the
    /// type counts against another quota.
    public func room(for group: AutoScalingGroupStatus, with groups: [AutoScalingGroupStatus]) -> ScalingPlan.QuotaRoom?
    {
        guard let type = instanceType(of: group), InstanceBucket.isStandard(type), let vcpus = vcpusByType[type]
        else { return nil }
        let headroom = headroom(with: groups)
        guard let quota = headroom.quota, let inUse = headroom.inUse else { return nil }
        return ScalingPlan.QuotaRoom(
            instanceType: type, vcpusPerInstance: vcpus, quota: quota, inUse: inUse, source: headroom.source)
    }
}

extension AutoScalingGroupStatus {
    /// The instance type most of its instances run (the first by name on a tie); nil when none says.
    public var commonInstanceType: String? {
        let counts = Dictionary(grouping: instances.compactMap(\.instanceType), by: { $0 }).mapValues(\.count)
        return counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key
    }
}
