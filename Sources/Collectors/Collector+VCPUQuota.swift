import AWSCore
import AWSServices
import DashboardModel
import Foundation

extension Collector {
    /// Each watched region's Standard On-Demand vCPU quota, the vCPUs running in that bucket (in all and
    /// by Auto Scaling group), and the vCPUs of every type in sight. Optional facts: a denied quota costs
    /// only the quota, denied instances only the use.
    func vcpuQuotas() async -> [VCPUQuotaReading] {
        let groups = await cache.groups
        return await withTaskGroup(of: (Int, VCPUQuotaReading).self) { tasks in
            for (index, entry) in clients.regional.enumerated() {
                let watched = groups.filter { $0.region == entry.region }
                tasks.addTask {
                    (index, await self.vcpuQuota(in: entry.region, client: entry.client, watched: watched))
                }
            }
            var readings: [(Int, VCPUQuotaReading)] = []
            for await reading in tasks { readings.append(reading) }
            return readings.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    /// One region's reading.
    func vcpuQuota(in region: String, client: AWSClient, watched: [AutoScalingGroupStatus]) async
        -> VCPUQuotaReading
    {
        async let quota = optional(.vcpuQuota, scope: region) { try await Self.standardVCPUQuota(client: client) }
        async let use = optional(.vcpusInUse, scope: region) {
            try await self.standardVCPUsInUse(client: client, watched: watched)
        }
        let (read, inUse) = await (quota, use)
        return VCPUQuotaReading(
            region: region, quota: read?.quota, source: read?.source, inUse: inUse?.total,
            inUseByGroup: inUse?.byGroup ?? [:], vcpusByType: inUse?.vcpusByType ?? [:],
            groupTypes: inUse?.groupTypes ?? [:])
    }

    /// The quota applied to the account; where Service Quotas has none (`NoSuchResourceException`, seen
    /// in accounts whose quota was never changed), AWS's default, marked as such.
    static func standardVCPUQuota(client: AWSClient) async throws -> (quota: Int, source: VCPUQuotaReading.Source) {
        do {
            return (try value(of: try await client.send(ServiceQuotas.GetServiceQuota())), .applied)
        } catch let error as AWSError where error.code == "NoSuchResourceException" {
            return (try value(of: try await client.send(ServiceQuotas.GetAWSDefaultServiceQuota())), .awsDefault)
        }
    }

    /// The quota's value in whole vCPUs; throws when Service Quotas gave none, with its reason.
    static func value(of reply: ServiceQuotas.QuotaReply) throws -> Int {
        guard let value = reply.quota?.value, value.isFinite, value >= 0 else {
            throw AWSDecodingError(
                .missingField, path: "Quota.Value", detail: reply.quota?.errorReason ?? "no value for the vCPU quota")
        }
        return Int(value)
    }

    /// The vCPUs of pending and running Standard instances, in all and by the Auto Scaling group that
    /// owns them, the vCPUs of every type seen (asked once a session: a type's vCPUs never change), and
    /// the type each group runs (the watched groups' from their instances first).
    private func standardVCPUsInUse(client: AWSClient, watched: [AutoScalingGroupStatus]) async throws
        -> (total: Int, byGroup: [String: Int], vcpusByType: [String: Int], groupTypes: [String: String])
    {
        // The watched groups' types are known already: their vCPUs are asked beside DescribeInstances,
        // and only types it finds besides them wait for its answer (one round trip, not two).
        let watchedTypes = Set(watched.flatMap { $0.instances.compactMap(\.instanceType) })
        async let early = instanceTypeVCPUs(watchedTypes, client: client)
        let running = try await all(
            EC2.DescribeInstances(
                filters: [QueryFilter(name: "instance-state-name", values: ["pending", "running"])],
                maxResults: 1000), client: client)
        _ = try await early
        var groupTypes: [String: String] = [:]
        for instance in running {
            if let group = instance.tags["aws:autoscaling:groupName"], let type = instance.instanceType {
                groupTypes[group] = type
            }
        }
        for group in watched {
            if let type = group.instances.compactMap(\.instanceType).first { groupTypes[group.name] = type }
        }
        let types = Set(running.compactMap(\.instanceType)).union(groupTypes.values)
        let vcpus = try await instanceTypeVCPUs(types, client: client)
        var total = 0
        var byGroup: [String: Int] = [:]
        for instance in running {
            guard let type = instance.instanceType, InstanceBucket.isStandard(type), let count = vcpus[type] else {
                continue
            }
            total += count
            if let group = instance.tags["aws:autoscaling:groupName"] { byGroup[group, default: 0] += count }
        }
        return (total, byGroup, vcpus.filter { types.contains($0.key) }, groupTypes)
    }

    /// vCPUs of each of `types`: the ones not yet known asked with DescribeInstanceTypes (100 a request), then kept.
    func instanceTypeVCPUs(_ types: Set<String>, client: AWSClient) async throws -> [String: Int] {
        let known = await cache.instanceTypeVCPUs
        let missing = types.subtracting(known.keys).sorted()
        guard !missing.isEmpty else { return known }
        var found: [String: Int] = [:]
        for start in stride(from: 0, to: missing.count, by: 100) {
            let batch = Array(missing[start..<min(start + 100, missing.count)])
            for info in try await all(EC2.DescribeInstanceTypes(instanceTypes: batch), client: client) {
                found[info.instanceType] = info.defaultVCPUs
            }
        }
        return await cache.rememberVCPUs(found)
    }
}

extension CollectorCache {
    /// Keeps the vCPUs of `types` for the session and returns every type known.
    func rememberVCPUs(_ types: [String: Int]) -> [String: Int] {
        instanceTypeVCPUs.merge(types) { _, new in new }
        return instanceTypeVCPUs
    }
}
