import AWSCore
import AWSServices
import DashboardModel
import Foundation

extension Collector {
    /// One CloudWatch query, the series it fills and what a minute without a datapoint means for it.
    struct SeriesQuery: Sendable {
        /// The series filled.
        var key: SeriesKey
        /// What a missing minute means.
        var missing: MissingMinute
        /// The query.
        var query: CloudWatch.MetricDataQuery
    }

    /// The CloudWatch queries one metrics poll makes, by region, and CloudFront's (us-east-1).
    func metricQueries() async -> (regional: [String: [SeriesQuery]], global: [SeriesQuery]) {
        var regional: [String: [SeriesQuery]] = [:]
        var counter = 0
        func query(
            _ key: SeriesKey, _ namespace: String, _ metric: String, _ dimensions: [CloudWatch.Dimension], stat: String,
            missing: MissingMinute
        ) -> SeriesQuery {
            counter += 1
            return SeriesQuery(
                key: key, missing: missing,
                query: CloudWatch.MetricDataQuery(
                    id: "q\(counter)",
                    source: .metric(
                        namespace: namespace, metricName: metric,
                        dimensions: dimensions, period: 60, stat: stat, unit: nil)))
        }
        for group in await cache.groups {
            regional[group.region, default: []].append(
                query(
                    SeriesKey(MetricName.groupCPU, group.name), "AWS/EC2", "CPUUtilization",
                    [CloudWatch.Dimension("AutoScalingGroupName", group.name)], stat: "Average", missing: .unknown))
        }
        // The target groups as listed, not as their health answered: metrics need not wait for that.
        let listed = await cache.targetGroups
        let refs = clients.regional.map(\.region).flatMap { region in
            (listed[region]?.groups ?? []).map { (region, $0) }
        }
        for (region, targetGroup) in refs {
            guard let tgSuffix = Self.arnSuffix(targetGroup.arn, after: ":targetgroup/", keep: "targetgroup/"),
                let lbSuffix = Self.arnSuffix(targetGroup.loadBalancerARN, after: ":loadbalancer/", keep: "")
            else { continue }
            let dimensions = [
                CloudWatch.Dimension("TargetGroup", tgSuffix), CloudWatch.Dimension("LoadBalancer", lbSuffix)
            ]
            regional[region, default: []] += [
                query(
                    SeriesKey(MetricName.targetRequests, targetGroup.arn), "AWS/ApplicationELB", "RequestCount",
                    dimensions,
                    stat: "Sum", missing: .zero),
                query(
                    SeriesKey(MetricName.target5xx, targetGroup.arn), "AWS/ApplicationELB", "HTTPCode_Target_5XX_Count",
                    dimensions,
                    stat: "Sum", missing: .zero),
                query(
                    SeriesKey(MetricName.targetResponseTime, targetGroup.arn), "AWS/ApplicationELB",
                    "TargetResponseTime", dimensions,
                    stat: "Average", missing: .unknown)
            ]
        }
        var global: [SeriesQuery] = []
        for distribution in await cache.distributions {
            let id = distribution.id
            let dimensions = [CloudWatch.Dimension("DistributionId", id), CloudWatch.Dimension("Region", "Global")]
            global += [
                query(
                    SeriesKey(MetricName.distributionRequests, id), "AWS/CloudFront", "Requests", dimensions,
                    stat: "Sum", missing: .zero),
                query(
                    SeriesKey(MetricName.distributionBytes, id), "AWS/CloudFront", "BytesDownloaded", dimensions,
                    stat: "Sum", missing: .zero),
                query(
                    SeriesKey(MetricName.distribution5xxRate, id), "AWS/CloudFront", "5xxErrorRate", dimensions,
                    stat: "Average", missing: .zero),
                query(
                    SeriesKey(MetricName.distribution4xxRate, id), "AWS/CloudFront", "4xxErrorRate", dimensions,
                    stat: "Average", missing: .zero)
            ]
            if distribution.additionalMetricsEnabled {
                global.append(
                    query(
                        SeriesKey(MetricName.distributionHitRate, id), "AWS/CloudFront", "CacheHitRate", dimensions,
                        stat: "Average", missing: .unknown))
            }
        }
        return (regional, global)
    }

    /// Every watched metric at its resource's newest complete minute (`CompleteMinutes`), with the
    /// complete minutes of the last ten for history.
    func metrics() async throws -> MetricsSnapshot {
        let (regional, global) = await metricQueries()
        let end = max(clock(), await clients.global.serverDate ?? .distantPast)
        let start = end.addingTimeInterval(-600)
        // The regions' batches and CloudFront's (us-east-1) go out together, not one after the other.
        async let regionalSnapshots: [MetricsSnapshot] = eachRegion { region, client in
            guard let queries = regional[region], !queries.isEmpty else { return [] }
            return [try await Self.read(queries, client: client, start: start, end: end)]
        }
        async let globalSnapshot: MetricsSnapshot? =
            global.isEmpty
            ? nil : Self.read(global, client: clients.global, start: start, end: end)
        async let alarms = alarms()
        async let vcpuQuotas = vcpuQuotas()
        var snapshot = MetricsSnapshot(values: [:])
        for one in try await regionalSnapshots { snapshot = snapshot.merging(one) }
        if let one = try await globalSnapshot { snapshot = snapshot.merging(one) }
        snapshot.alarms = await alarms
        snapshot.vcpuQuotas = await vcpuQuotas
        return snapshot
    }

    /// How many metrics one poll requests (for the polling-cost figure).
    public func metricsPerPoll() async -> Int {
        let (regional, global) = await metricQueries()
        return regional.values.map(\.count).reduce(0, +) + global.count
    }

    /// Sends one batch and reads it as of the server's clock at its reply (the local clock when no
    /// reply carried a date), so a host whose clock is off still knows which minutes are complete.
    static func read(_ queries: [SeriesQuery], client: AWSClient, start: Date, end: Date) async throws
        -> MetricsSnapshot
    {
        let batch = try await client.metricData(queries.map(\.query), start: start, end: end)
        let byID = Dictionary(batch.results.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let series = queries.map { query in
            let result = byID[query.query.id]
            return MinuteSeries(
                key: query.key, missing: query.missing, timestamps: result?.timestamps ?? [],
                values: result?.values ?? [])
        }
        return CompleteMinutes.read(series, asOf: await client.serverDate ?? end)
    }

    /// The dimension value CloudWatch uses for an ELBv2 ARN: the part after `marker`, prefixed with `keep`.
    static func arnSuffix(_ arn: String, after marker: String, keep: String) -> String? {
        guard let range = arn.range(of: marker) else { return nil }
        return keep + arn[range.upperBound...]
    }
}
