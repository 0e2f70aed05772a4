import AWSCore
import AWSServices
import DashboardModel
import Foundation

extension Collector {
    /// How long a distribution's monitoring subscription (additional metrics on or off) is cached.
    static let subscriptionCacheSeconds: TimeInterval = 900

    /// The watched CloudFront distributions and whether each has additional metrics on.
    func distributions() async throws -> [DistributionStatus] {
        // With --tag and no distribution named, every distribution carrying the tags.
        let mode = selection.mode(selection.distributions)
        let byTag = mode == .all && !selection.tags.isEmpty
        if mode == .none { return [] }
        var listed = try await all(CloudFront.ListDistributions(), client: clients.global)
        if case let .named(ids) = mode { listed = listed.filter { ids.contains($0.id) } }
        if byTag { listed = try await carryingTags(listed) }
        listed = await capped(listed, kind: .distributions)
        let now = clock()
        let client = clients.global
        // Whether additional metrics are on is an optional fact: without it the distribution stays,
        // with its requests and error rates, and its hit ratio says why it is unknown.
        let enabled = await withTaskGroup(of: (String, Bool?).self) { group in
            for distribution in listed {
                if let cached = await cache.metricsSubscriptions[distribution.id],
                    now.timeIntervalSince(cached.fetched) < Self.subscriptionCacheSeconds
                {
                    group.addTask { (distribution.id, cached.enabled) }
                } else {
                    group.addTask {
                        (
                            distribution.id,
                            await self.optional(.monitoringSubscription, scope: distribution.id) {
                                try await client.additionalMetricsEnabled(distributionID: distribution.id)
                            }
                        )
                    }
                }
            }
            var result: [String: Bool?] = [:]
            for await (id, on) in group { result[id] = on }
            return result
        }
        for case let (id, on?) in enabled { await cache.setSubscription(on, distribution: id, at: now) }
        let missing = Self.missingFacts?.all ?? []
        let result = listed.map { distribution in
            let on = enabled[distribution.id] ?? nil
            let failure = missing.first { $0.fact == .monitoringSubscription && $0.scope == distribution.id }?.failure
            return DistributionStatus(
                id: distribution.id, domainName: distribution.domainName, aliases: distribution.aliases,
                additionalMetricsEnabled: on ?? false,
                hitRatio: on == nil ? HitRatio.unavailable(.subscriptionUnknown(failure)) : nil)
        }
        await cache.setDistributions(result)
        return result
    }

    /// The distributions whose tags include every selected tag (one ListTagsForResource each, on this
    /// source's slow five-minute interval).
    private func carryingTags(_ distributions: [AWSServices.CloudFront.Distribution]) async throws -> [AWSServices
        .CloudFront.Distribution]
    {
        var kept: [AWSServices.CloudFront.Distribution] = []
        for distribution in distributions {
            guard let arn = distribution.arn else { continue }
            let tags = try await clients.global.send(CloudFront.ListTagsForResource(resourceARN: arn))
            if selection.carriesTags(tags) { kept.append(distribution) }
        }
        return kept
    }
}
