import Foundation

extension DashboardState {
    /// Every zone of the watched regions, by region then zone: what runs there, what serves there,
    /// which databases live there, and its condition (DOWN remembered until a target is healthy again).
    public var zones: [ZoneStatus] {
        let instances = groups.value.map(Self.instanceCounts)
        let targets = targetGroups.value.map(Self.targetCounts)
        let targetRegions = Set((targetGroups.value ?? []).map(\.region))
        var keys = Set(zoneMemory.keys)
        if let instances { keys.formUnion(instances.keys) }
        if let targets { keys.formUnion(targets.keys) }
        for database in databases.value ?? [] {
            for zone in [database.primaryZone, database.secondaryZone].compactMap({ $0 }) {
                keys.insert(ZoneKey(region: database.region, zone: zone))
            }
        }
        return keys.sorted().map { key in
            let memory = zoneMemory[key]
            // A zone of a region with target groups but none in this zone has no target: known, zero.
            let zoneTargets = targets.map { $0[key] ?? ZoneTargetCounts(zone: key.zone) }
            let zoneInstances = instances.map { $0[key] ?? ZoneInstanceCounts(zone: key.zone) }
            // Judged only where target health speaks for the zone: its region has target groups, or it was seen before.
            let judged = targetRegions.contains(key.region) || memory != nil
            let condition = Self.condition(
                targets: judged ? zoneTargets : nil, instances: zoneInstances, memory: memory)
            return ZoneStatus(
                key: key, condition: condition, instances: zoneInstances, targets: zoneTargets,
                databases: databases.value.map { Self.databases($0, in: key) },
                downSince: memory?.downSince, wasTargets: memory?.wasTargets, failedLaunches: failedLaunches(in: key))
        }
    }

    /// The zones that are down now.
    public var downZones: Set<ZoneKey> {
        Set(zoneMemory.filter { $0.value.isDown }.keys)
    }

    /// Advances each zone's memory with the target health just polled at `date`, noting in the
    /// timeline when a zone goes down and when it serves again. Regions absent from the poll keep
    /// their memory as it was; in a region with healthy targets whose zone could not be found, no
    /// zone is taken down (they may be its targets).
    mutating func rememberZones(_ polled: [TargetGroupHealth], at date: Date) {
        let counts = Self.targetCounts(polled)
        let regions = Set(polled.map(\.region))
        let unplaced = Set(
            polled.filter { $0.targets.contains { $0.zone == nil && $0.state == .healthy } }.map(\.region))
        var keys = Set(counts.keys)
        keys.formUnion(zoneMemory.keys.filter { regions.contains($0.region) })
        for key in keys.sorted() {
            var memory = zoneMemory[key] ?? ZoneMemory()
            let seen = counts[key] ?? ZoneTargetCounts(zone: key.zone)
            if seen.healthy == 0, !memory.isDown, unplaced.contains(key.region) { continue }
            switch memory.observe(seen, at: date) {
            case .none:
                break
            case .wentDown:
                appendTimeline(
                    TimelineEvent(time: date, resource: key.zone, .zoneDown(seen, hadHealthy: memory.wasTargets)))
            case let .servesAgain(since, was):
                appendTimeline(
                    TimelineEvent(
                        time: date, resource: key.zone,
                        .zoneServesAgain(downFor: date.timeIntervalSince(since), seen, hadHealthy: was)))
            }
            zoneMemory[key] = memory
        }
    }

    /// The condition from the zone's memory and its counts now; nil when its targets are not known.
    static func condition(targets: ZoneTargetCounts?, instances: ZoneInstanceCounts?, memory: ZoneMemory?)
        -> ZoneCondition?
    {
        if memory?.isDown == true { return .down }
        guard let targets else { return nil }
        if targets.unhealthy + targets.draining > 0 || (instances?.unhealthy ?? 0) > 0 { return .degraded }
        return .ok
    }

    /// Target counts per zone, summed over the target groups of each region; `unknown` zones left out.
    static func targetCounts(_ targetGroups: [TargetGroupHealth]) -> [ZoneKey: ZoneTargetCounts] {
        var byZone: [ZoneKey: ZoneTargetCounts] = [:]
        for targetGroup in targetGroups {
            for counts in targetGroup.zoneCounts where counts.zone != "unknown" {
                let key = ZoneKey(region: targetGroup.region, zone: counts.zone)
                byZone[key, default: ZoneTargetCounts(zone: counts.zone)].merge(counts)
            }
        }
        return byZone
    }

    /// Instance counts per zone, summed over the groups of each region.
    static func instanceCounts(_ groups: [AutoScalingGroupStatus]) -> [ZoneKey: ZoneInstanceCounts] {
        var byZone: [ZoneKey: ZoneInstanceCounts] = [:]
        for group in groups {
            for counts in group.zoneCounts {
                byZone[ZoneKey(region: group.region, zone: counts.zone), default: ZoneInstanceCounts(zone: counts.zone)]
                    .merge(counts)
            }
        }
        return byZone
    }

    /// The databases of `key`'s region with their primary or (Multi-AZ) standby in its zone.
    static func databases(_ databases: [DatabaseStatus], in key: ZoneKey) -> ZoneDatabases {
        let local = databases.filter { $0.region == key.region }
        return ZoneDatabases(
            primary: local.filter { $0.primaryZone == key.zone }.map(\.id),
            standby: local.filter { $0.multiAZ && $0.secondaryZone == key.zone }.map(\.id))
    }
}

extension ZoneTargetCounts {
    /// Adds another group's counts in the same zone.
    mutating func merge(_ other: ZoneTargetCounts) {
        healthy += other.healthy
        unhealthy += other.unhealthy
        initial += other.initial
        draining += other.draining
        unused += other.unused
        unavailable += other.unavailable
        reasons = Array(Set(reasons + other.reasons)).sorted()
    }
}

extension ZoneInstanceCounts {
    /// Adds another group's counts in the same zone.
    mutating func merge(_ other: ZoneInstanceCounts) {
        inService += other.inService
        pending += other.pending
        terminating += other.terminating
        unhealthy += other.unhealthy
        total += other.total
    }
}
