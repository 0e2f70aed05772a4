import AWSCore
import AWSServices
import DashboardModel
import Foundation

extension Collector {
    /// How many DescribeTargetHealth calls are under way at once: with `listedTargetGroupsPerPoll`
    /// of 20, two round trips list them all, and a burst never empties ELB's bucket of 40.
    static let targetHealthConcurrency = 10

    /// How long the list of load balancers and target groups is cached.
    static let targetGroupCacheSeconds: TimeInterval = 300

    /// Target health of every watched target group, with each target's zone.
    ///
    /// The lists of every region come first, and are announced (metrics can be asked for from them);
    /// then each target group's health.
    func targetHealth() async throws -> [TargetGroupHealth] {
        let listed: [(String, [TargetGroupRef])] = try await eachRegion { region, client in
            [(region, try await self.targetGroups(in: region, client: client))]
        }
        await progress.targetGroupsListed()
        let refsByRegion = Dictionary(listed, uniquingKeysWith: { first, _ in first })
        let result: [TargetGroupHealth] = try await eachRegion { region, client in
            try await self.targetHealth(of: refsByRegion[region] ?? [], in: region, client: client)
        }
        await cache.setTargetGroupList(result)
        return result
    }

    private func targetHealth(of refs: [TargetGroupRef], in region: String, client: AWSClient) async throws
        -> [TargetGroupHealth]
    {
        // Up to `listedTargetGroupsPerPoll` target groups are listed target by target; beyond that,
        // CloudWatch's counts per zone show the rest, and the listing goes where it is most needed.
        var counted: [String: (counts: [ZoneTargetCounts], minute: Date)] = [:]
        var listed = Array(refs.indices)
        if refs.count > Self.listedTargetGroupsPerPoll {
            counted = try await countedHealth(of: refs, in: region, client: client)
            listed = Self.worthListing(refs, counted: counted, limit: Self.listedTargetGroupsPerPoll)
        }
        let answers = try await mapConcurrently(listed, limit: Self.targetHealthConcurrency) { index in
            (index, try await client.send(ELBv2.DescribeTargetHealth(targetGroupARN: refs[index].arn)))
        }
        let healths = Dictionary(answers, uniquingKeysWith: { first, _ in first })
        // Instance targets carry no zone: an Auto Scaling poll running beside this one is about to
        // name them (the only thing target health waits for); DescribeInstances finds the rest.
        func unknownZones(_ zones: [String: String]) -> Set<String> {
            var unknown: Set<String> = []
            for target in healths.values.joined()
            where target.availabilityZone == nil || target.availabilityZone == "all" {
                if target.targetID.hasPrefix("i-") && zones[target.targetID] == nil { unknown.insert(target.targetID) }
            }
            return unknown
        }
        var zones = await cache.zoneByInstance
        var unknown = unknownZones(zones)
        if !unknown.isEmpty {
            await progress.groupsSettled()
            zones = await cache.zoneByInstance
            unknown = unknownZones(zones)
        }
        if !unknown.isEmpty {
            // A zone we cannot look up shows as `unknown`; it does not cost the panel its health data.
            do {
                let instances = try await all(EC2.DescribeInstances(instanceIDs: unknown.sorted()), client: client)
                var found: [String: String] = [:]
                for instance in instances { if let zone = instance.availabilityZone { found[instance.id] = zone } }
                await cache.remember(zones: found)
                zones.merge(found) { _, new in new }
            } catch {
                await cache.warn(.targetZonesUnknown(count: unknown.count, because: SourceFailure(error)))
            }
        }
        // Not listed and not counted (CloudWatch had nothing for it): the previous reading when
        // there is one, else unknown (never shown as no targets).
        let previous = Dictionary(
            await cache.targetGroupList.map { ($0.arn, $0) }, uniquingKeysWith: { first, _ in first })
        return refs.enumerated().map { index, ref in
            guard let listedTargets = healths[index] else {
                guard let known = counted[ref.arn] else {
                    return previous[ref.arn]
                        ?? TargetGroupHealth(
                            unknown: ref.name, arn: ref.arn, loadBalancerName: ref.loadBalancerName,
                            loadBalancerARN: ref.loadBalancerARN, region: region)
                }
                return TargetGroupHealth(
                    name: ref.name, arn: ref.arn, loadBalancerName: ref.loadBalancerName,
                    loadBalancerARN: ref.loadBalancerARN, region: region, counts: known.counts,
                    minute: known.minute, enabledZones: ref.zones)
            }
            let targets = listedTargets.map { target in
                let zone = target.availabilityZone.flatMap { $0 == "all" ? nil : $0 } ?? zones[target.targetID]
                return TargetStatus(
                    id: target.targetID, port: target.port, zone: zone, state: TargetState(awsState: target.state),
                    reason: target.reason, detail: target.detail)
            }
            return TargetGroupHealth(
                name: ref.name, arn: ref.arn, loadBalancerName: ref.loadBalancerName,
                loadBalancerARN: ref.loadBalancerARN, region: region, targets: targets, enabledZones: ref.zones)
        }
    }

    /// The target groups to watch in `region`: of the named load balancers, of the watched groups, or all.
    private func targetGroups(in region: String, client: AWSClient) async throws -> [TargetGroupRef] {
        let now = clock()
        if let cached = await cache.targetGroups[region],
            now.timeIntervalSince(cached.fetched) < Self.targetGroupCacheSeconds
        {
            return cached.groups
        }
        let named = selection.loadBalancers
        // The load balancers and the target groups are asked together.
        async let listedGroups = all(ELBv2.DescribeTargetGroups(), client: client, maxPages: 100)
        let balancers = try await loadBalancers(named: named, client: client)
        let groups = try await listedGroups
        let byARN = Dictionary(balancers.map { ($0.arn, $0) }, uniquingKeysWith: { first, _ in first })
        let byGroups = named.isEmpty && !(selection.discoversEverything && selection.tags.isEmpty)
        // Only a selection narrowed to groups or tags needs the groups' target groups, and once known they serve.
        if byGroups { await progress.groupsAnsweredOnce() }
        let watchedGroupARNs = Set(await cache.groups.filter { $0.region == region }.flatMap(\.targetGroupARNs))
        // With --tag and no load balancer named: target groups that carry the tags, or whose load
        // balancer does, besides those attached to the tagged Auto Scaling groups.
        var taggedARNs: Set<String> = []
        if named.isEmpty && !selection.tags.isEmpty {
            let arns = balancers.map(\.arn) + groups.map(\.arn)
            for start in stride(from: 0, to: arns.count, by: ELBv2.DescribeTags.maxResources) {
                let batch = Array(arns[start..<min(arns.count, start + ELBv2.DescribeTags.maxResources)])
                for (arn, tags) in try await client.send(ELBv2.DescribeTags(resourceARNs: batch))
                where selection.carriesTags(tags) {
                    taggedARNs.insert(arn)
                }
            }
        }
        var refs: [TargetGroupRef] = []
        for group in groups {
            guard let balancerARN = group.loadBalancerARNs.first(where: { byARN[$0] != nil }),
                let balancer = byARN[balancerARN]
            else { continue }
            let wanted: Bool
            if !named.isEmpty {
                wanted = true
            } else if selection.discoversEverything && selection.tags.isEmpty {
                wanted = true
            } else {
                wanted =
                    watchedGroupARNs.contains(group.arn) || taggedARNs.contains(group.arn)
                    || taggedARNs.contains(balancer.arn)
            }
            if wanted {
                refs.append(
                    TargetGroupRef(
                        arn: group.arn, name: group.name, loadBalancerARN: balancer.arn,
                        loadBalancerName: balancer.name, zones: balancer.availabilityZones.sorted()))
            }
        }
        let result = await capped(refs, kind: .targetGroups)
        await cache.setTargetGroups(result, region: region, at: now)
        return result
    }

    /// The named load balancers (by ARN and by name, asked together), or all of them.
    private func loadBalancers(named: [String], client: AWSClient) async throws -> [AWSServices.ELBv2.LoadBalancer] {
        if named.isEmpty { return try await all(ELBv2.DescribeLoadBalancers(), client: client) }
        let arns = named.filter { $0.hasPrefix("arn:") }
        let names = named.filter { !$0.hasPrefix("arn:") }
        async let byARN = arns.isEmpty ? [] : all(ELBv2.DescribeLoadBalancers(arns: arns), client: client)
        let byName = names.isEmpty ? [] : try await all(ELBv2.DescribeLoadBalancers(names: names), client: client)
        return try await byARN + byName
    }
}
