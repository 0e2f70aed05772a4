import AWSCore
import AWSServices
import DashboardModel
import Foundation

extension Collector {
    /// The CloudWatch alarms whose dimensions name a watched resource: each region's, and CloudFront's
    /// (in the global client's region). An optional fact: a denied DescribeAlarms costs only the alarms.
    func alarms() async -> [AlarmStatus]? {
        let names = await alarmResourceNames()
        var clients = clients.regional
        if !clients.contains(where: { $0.client === self.clients.global }) {
            clients.append((region: "global", client: self.clients.global))
        }
        var found: [AlarmStatus] = []
        var known = false
        for (region, client) in clients {
            guard
                let alarms = await optional(
                    .alarms, scope: region, { try await self.all(CloudWatch.DescribeAlarms(), client: client) })
            else { continue }
            known = true
            found += alarms.compactMap { alarm in
                Self.watchedResource(of: alarm, names: names).map { resource in
                    AlarmStatus(
                        name: alarm.name, state: AlarmStatus.State(rawValue: alarm.state) ?? .insufficientData,
                        reason: alarm.reason, since: alarm.stateUpdated, resource: resource)
                }
            }
        }
        return known ? found.sorted { ($0.resource, $0.name) < ($1.resource, $1.name) } : nil
    }

    /// The watched resources by the dimension value CloudWatch gives them, with the names shown.
    func alarmResourceNames() async -> [String: [String: String]] {
        var names: [String: [String: String]] = [:]
        for group in await cache.groups { names["AutoScalingGroupName", default: [:]][group.name] = group.name }
        for targetGroup in await cache.targetGroupList {
            if let suffix = Self.arnSuffix(targetGroup.arn, after: ":targetgroup/", keep: "targetgroup/") {
                names["TargetGroup", default: [:]][suffix] = targetGroup.name
            }
            if let suffix = Self.arnSuffix(targetGroup.loadBalancerARN, after: ":loadbalancer/", keep: "") {
                names["LoadBalancer", default: [:]][suffix] = targetGroup.loadBalancerName
            }
        }
        for distribution in await cache.distributions {
            names["DistributionId", default: [:]][distribution.id] =
                distribution.aliases.first ?? distribution.domainName
        }
        for id in await cache.databaseIDs {
            names["DBInstanceIdentifier", default: [:]][id] = id
            names["DBClusterIdentifier", default: [:]][id] = id
        }
        return names
    }

    /// The watched resource an alarm's dimensions name (the most specific: a target group before its load balancer).
    static func watchedResource(of alarm: CloudWatch.MetricAlarm, names: [String: [String: String]]) -> String? {
        for dimension in [
            "TargetGroup", "AutoScalingGroupName", "DistributionId", "DBInstanceIdentifier", "DBClusterIdentifier",
            "LoadBalancer"
        ] {
            if let value = alarm.dimensions[dimension], let name = names[dimension]?[value] { return name }
        }
        return nil
    }
}
