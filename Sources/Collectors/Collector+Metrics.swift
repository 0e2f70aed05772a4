import AWSCore
import AWSServices
import DashboardModel
import Foundation

extension Collector {
    /// The CloudWatch queries one metrics poll makes, keyed by the series each fills.
    func metricQueries() async -> (regional: [String: [(SeriesKey, CloudWatch.MetricDataQuery)]], global: [(SeriesKey, CloudWatch.MetricDataQuery)]) {
        var regional: [String: [(SeriesKey, CloudWatch.MetricDataQuery)]] = [:]
        var counter = 0
        func query(_ namespace: String, _ metric: String, _ dimensions: [CloudWatch.Dimension], stat: String) -> CloudWatch.MetricDataQuery {
            counter += 1
            return CloudWatch.MetricDataQuery(id: "q\(counter)", source: .metric(namespace: namespace, metricName: metric,
                                                                                  dimensions: dimensions, period: 60, stat: stat, unit: nil))
        }
        for group in await cache.groups {
            regional[group.region, default: []].append((SeriesKey(MetricName.groupCPU, group.name),
                query("AWS/EC2", "CPUUtilization", [CloudWatch.Dimension("AutoScalingGroupName", group.name)], stat: "Average")))
        }
        for targetGroup in await cache.targetGroupList {
            guard let tgSuffix = Self.arnSuffix(targetGroup.arn, after: ":targetgroup/", keep: "targetgroup/"),
                  let lbSuffix = Self.arnSuffix(targetGroup.loadBalancerARN, after: ":loadbalancer/", keep: "") else { continue }
            let dimensions = [CloudWatch.Dimension("TargetGroup", tgSuffix), CloudWatch.Dimension("LoadBalancer", lbSuffix)]
            regional[targetGroup.region, default: []] += [
                (SeriesKey(MetricName.targetRequests, targetGroup.arn), query("AWS/ApplicationELB", "RequestCount", dimensions, stat: "Sum")),
                (SeriesKey(MetricName.target5xx, targetGroup.arn), query("AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", dimensions, stat: "Sum")),
                (SeriesKey(MetricName.targetResponseTime, targetGroup.arn), query("AWS/ApplicationELB", "TargetResponseTime", dimensions, stat: "Average")),
            ]
        }
        var global: [(SeriesKey, CloudWatch.MetricDataQuery)] = []
        for distribution in await cache.distributions {
            let dimensions = [CloudWatch.Dimension("DistributionId", distribution.id), CloudWatch.Dimension("Region", "Global")]
            global += [
                (SeriesKey(MetricName.distributionRequests, distribution.id), query("AWS/CloudFront", "Requests", dimensions, stat: "Sum")),
                (SeriesKey(MetricName.distributionBytes, distribution.id), query("AWS/CloudFront", "BytesDownloaded", dimensions, stat: "Sum")),
                (SeriesKey(MetricName.distribution5xxRate, distribution.id), query("AWS/CloudFront", "5xxErrorRate", dimensions, stat: "Average")),
                (SeriesKey(MetricName.distribution4xxRate, distribution.id), query("AWS/CloudFront", "4xxErrorRate", dimensions, stat: "Average")),
            ]
            if distribution.additionalMetricsEnabled {
                global.append((SeriesKey(MetricName.distributionHitRate, distribution.id),
                               query("AWS/CloudFront", "CacheHitRate", dimensions, stat: "Average")))
            }
        }
        return (regional, global)
    }

    /// The latest value of every watched metric (the newest datapoint of the last ten minutes).
    func metrics() async throws -> MetricsSnapshot {
        let (regional, global) = await metricQueries()
        let end = max(clock(), await clients.global.serverDate ?? .distantPast)
        let start = end.addingTimeInterval(-600)
        // The regions' batches and CloudFront's (us-east-1) go out together, not one after the other.
        async let regionalValues: [(SeriesKey, Double)] = eachRegion { region, client in
            guard let queries = regional[region], !queries.isEmpty else { return [] }
            return try await Self.latest(queries, client: client, start: start, end: end)
        }
        async let globalValues: [(SeriesKey, Double)] = global.isEmpty
            ? [] : Self.latest(global, client: clients.global, start: start, end: end)
        var values: [SeriesKey: Double] = [:]
        for (key, value) in try await regionalValues { values[key] = value }
        for (key, value) in try await globalValues { values[key] = value }
        return MetricsSnapshot(values: values)
    }

    /// How many metrics one poll requests (for the polling-cost figure).
    public func metricsPerPoll() async -> Int {
        let (regional, global) = await metricQueries()
        return regional.values.map(\.count).reduce(0, +) + global.count
    }

    private static func latest(_ queries: [(SeriesKey, CloudWatch.MetricDataQuery)], client: AWSClient, start: Date, end: Date) async throws
        -> [(SeriesKey, Double)] {
        let batch = try await client.metricData(queries.map(\.1), start: start, end: end)
        let byID = Dictionary(batch.results.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return queries.compactMap { key, query in
            guard let result = byID[query.id], !result.values.isEmpty else { return nil }
            let newest = zip(result.timestamps, result.values).max { $0.0 < $1.0 }
            return newest.map { (key, $0.1) }
        }
    }

    /// The dimension value CloudWatch uses for an ELBv2 ARN: the part after `marker`, prefixed with `keep`.
    static func arnSuffix(_ arn: String, after marker: String, keep: String) -> String? {
        guard let range = arn.range(of: marker) else { return nil }
        return keep + arn[range.upperBound...]
    }
}
