import AWSCore
import AWSServices
import DashboardModel
import Foundation

extension Collector {
    /// Databases and the RDS events since the last poll (the first poll looks back an hour).
    func databases() async throws -> ([DatabaseStatus], [DatabaseEvent]) {
        // With --tag and no database named, every database carrying the tags (filtered below).
        let mode = selection.mode(selection.databases)
        if mode == .none { return ([], []) }
        let now = clock()
        let since = await cache.lastEventPoll.map { $0.addingTimeInterval(-120) } ?? now.addingTimeInterval(-3_600)
        let results: [(DatabaseStatus?, DatabaseEvent?)] = try await eachRegion { region, client in
            // The instances are the panel; Aurora clusters and events are optional facts (an account
            // without Aurora, whose policy lacks DescribeDBClusters, still sees its instances).
            async let instances = self.all(RDS.DescribeDBInstances(maxRecords: 100), client: client, maxPages: 100)
            async let clusters = self.optional(.auroraClusters, scope: region) {
                try await self.all(RDS.DescribeDBClusters(), client: client)
            }
            async let events = self.optional(.databaseEvents, scope: region) {
                try await self.all(RDS.DescribeEvents(startTime: since), client: client)
            }
            let databases = self.map(
                instances: try await instances, clusters: await clusters ?? [], region: region, mode: mode)
            let mapped = (await events ?? []).compactMap { event -> DatabaseEvent? in
                guard let source = event.sourceIdentifier else { return nil }
                return DatabaseEvent(
                    sourceID: source, date: event.date, code: Self.eventCode(in: event), message: event.message)
            }
            return databases.map { ($0, nil) } + mapped.map { (nil, $0) }
        }
        await cache.setLastEventPoll(now)
        let databases = await capped(results.compactMap(\.0), kind: .databases)
        await cache.remember(databases: databases)
        return (databases, results.compactMap(\.1))
    }

    private func map(
        instances: [AWSServices.RDS.DBInstance], clusters: [AWSServices.RDS.DBCluster], region: String,
        mode: Selection.Mode
    ) -> [DatabaseStatus] {
        let wanted: (String) -> Bool = { id in
            if case let .named(names) = mode { return names.contains(id) }
            return true
        }
        var byName = false
        if case .named = mode { byName = true }
        let tagged: ([String: String]) -> Bool = { [selection] tags in byName || selection.carriesTags(tags) }
        var result: [DatabaseStatus] = []
        let zoneByMember = Dictionary(
            instances.map { ($0.identifier, $0.availabilityZone) }, uniquingKeysWith: { first, _ in first })
        for cluster in clusters where wanted(cluster.identifier) && tagged(cluster.tags) {
            let writer = cluster.members.first(where: \.isWriter)
            result.append(
                DatabaseStatus(
                    id: cluster.identifier, region: region, engine: cluster.engine ?? "aurora", status: cluster.status,
                    multiAZ: cluster.multiAZ ?? (cluster.members.count > 1),
                    primaryZone: writer.flatMap { zoneByMember[$0.instanceIdentifier] ?? nil }, secondaryZone: nil,
                    isCluster: true,
                    members: cluster.members.map {
                        ClusterMember(id: $0.instanceIdentifier, isWriter: $0.isWriter, promotionTier: $0.promotionTier)
                    }))
        }
        for instance in instances
        where instance.clusterIdentifier == nil && wanted(instance.identifier) && tagged(instance.tags) {
            result.append(
                DatabaseStatus(
                    id: instance.identifier, region: region, engine: instance.engine ?? "unknown",
                    instanceClass: instance.instanceClass,
                    status: instance.status, multiAZ: instance.multiAZ, primaryZone: instance.availabilityZone,
                    secondaryZone: instance.secondaryAvailabilityZone))
        }
        return result
    }

    /// The `RDS-EVENT-NNNN` id of an event: from its message or its source ARN's event id, when present.
    static func eventCode(in event: AWSServices.RDS.Event) -> String? {
        for text in [event.message, event.sourceARN ?? ""] {
            if let range = text.range(of: #"RDS-EVENT-\d{4}"#, options: .regularExpression) {
                return String(text[range])
            }
        }
        return knownMessages.first { event.message.localizedCaseInsensitiveContains($0.key) }?.value
    }

    /// RDS event messages that carry no id in their text, mapped to their ids.
    static let knownMessages: [String: String] = [
        "Multi-AZ instance failover started": "RDS-EVENT-0013",
        "promotion of a standby instance has started": "RDS-EVENT-0013",
        "promotion of a standby instance is complete": "RDS-EVENT-0015",
        "A Multi-AZ failover has completed": "RDS-EVENT-0049",
        "not attempting a requested failover": "RDS-EVENT-0034",
        "Multi-AZ instance failover completed": "RDS-EVENT-0015",
        "The instance has failed over to the standby": "RDS-EVENT-0049",
        "Multi-AZ failover to standby complete": "RDS-EVENT-0049",
        "failover was not attempted": "RDS-EVENT-0034",
        "Started cross AZ failover": "RDS-EVENT-0073",
        "Started same AZ failover": "RDS-EVENT-0072",
        "Completed failover to DB instance": "RDS-EVENT-0071",
        "Cluster failover failed": "RDS-EVENT-0069"
    ]
}
