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
        async let quota = keptStandardVCPUQuota(in: region, client: client)
        async let use = optional(.vcpusInUse, scope: region) {
            try await self.standardVCPUsInUse(client: client, watched: watched)
        }
        let (read, inUse) = await (quota, use)
        return VCPUQuotaReading(
            region: region, quota: read?.quota, source: read?.source, inUse: inUse?.total,
            inUseByGroup: inUse?.byGroup ?? [:], vcpusByType: inUse?.vcpusByType ?? [:],
            groupTypes: inUse?.groupTypes ?? [:])
    }

    /// How long a quota read is kept: it changes only when AWS approves an increase, and Service Quotas
    /// answers few calls a second per account.
    static let vcpuQuotaKeptFor: TimeInterval = PollScheduler.maxInterval
    /// How long a failed quota read is not tried again: the last value stays, the fact marked missing.
    /// Its retries would otherwise hold every metrics poll (AWS's default quota answered 500 by moto
    /// held each steady refresh 1.6 s).
    static let vcpuQuotaRetryAfter: TimeInterval = PollScheduler.maxInterval

    /// The region's quota, read at most once per `vcpuQuotaKeptFor`; after a failure, that failure
    /// (logged as the missing fact again) until `vcpuQuotaRetryAfter` has passed.
    func keptStandardVCPUQuota(in region: String, client: AWSClient) async -> (
        quota: Int, source: VCPUQuotaReading.Source
    )? {
        let now = clock()
        if let kept = await cache.vcpuQuotas[region] {
            switch kept.read {
            case let .value(quota, source) where now.timeIntervalSince(kept.at) < Self.vcpuQuotaKeptFor:
                return (quota, source)
            case let .failed(failure) where now.timeIntervalSince(kept.at) < Self.vcpuQuotaRetryAfter:
                Self.missingFacts?.add(MissingFact(fact: .vcpuQuota, scope: region, failure: failure))
                return nil
            case .value, .failed:
                break
            }
        }
        do {
            let read = try await Self.standardVCPUQuota(client: client)
            await cache.keep(VCPUQuotaRead.value(read.quota, read.source), region: region, at: now)
            return read
        } catch {
            let failure = SourceFailure(error)
            await cache.keep(VCPUQuotaRead.failed(failure), region: region, at: now)
            Self.missingFacts?.add(MissingFact(fact: .vcpuQuota, scope: region, failure: failure))
            return nil
        }
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

/// The last answer to a region's quota read: the quota and where it came from, or why it failed.
enum VCPUQuotaRead: Sendable {
    /// The quota in vCPUs.
    case value(Int, VCPUQuotaReading.Source)
    /// The read failed.
    case failed(SourceFailure)
}

extension CollectorCache {
    /// Keeps `read` as `region`'s quota read at `date`.
    func keep(_ read: VCPUQuotaRead, region: String, at date: Date) { vcpuQuotas[region] = (date, read) }
}
