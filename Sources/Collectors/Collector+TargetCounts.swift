import AWSCore
import AWSServices
import DashboardModel
import Foundation

extension Collector {
    /// The most target groups whose targets are listed (DescribeTargetHealth) in one poll.
    ///
    /// ELBv2's non-mutating calls share one bucket of 40 tokens per account and region, refilled at
    /// 10 a second, with the console and every other tool. Twenty a poll leaves half the bucket to
    /// them; beyond that, CloudWatch's counts per zone stand in for the rest (`countedHealth`).
    static let listedTargetGroupsPerPoll = 20

    /// How long CloudWatch's counts are kept: they change once a minute, and each poll of them is
    /// billed per metric (two per target group and zone).
    static let targetCountSeconds: TimeInterval = 60

    /// Each target group's healthy and unhealthy targets per zone, from CloudWatch's
    /// `HealthyHostCount` (its minimum in the minute) and `UnHealthyHostCount` (its maximum), at the
    /// newest complete minute: the target groups not listed this poll are shown from these.
    ///
    /// Keyed by target group ARN; a target group CloudWatch had nothing for is absent.
    func countedHealth(of refs: [TargetGroupRef], in region: String, client: AWSClient)
        async throws -> [String: (counts: [ZoneTargetCounts], minute: Date)]
    {
        let now = clock()
        if let cached = await cache.targetCounts[region],
            now.timeIntervalSince(cached.fetched) < Self.targetCountSeconds,
            Set(refs.map(\.arn)).isSubset(of: cached.asked)
        {
            return cached.counted
        }
        let queries = Self.countQueries(refs)
        let end = max(now, await client.serverDate ?? .distantPast)
        let snapshot = try await Self.read(queries, client: client, start: end.addingTimeInterval(-300), end: end)
        var counted: [String: (counts: [ZoneTargetCounts], minute: Date)] = [:]
        for ref in refs {
            var counts: [ZoneTargetCounts] = []
            var minutes: [Date] = []
            for zone in ref.zones {
                let resource = Self.countResource(ref.arn, zone: zone)
                guard let healthy = snapshot.value("HealthyHostCount", resource),
                    let unhealthy = snapshot.value("UnHealthyHostCount", resource),
                    let minute = snapshot.minute(of: resource)
                else { continue }
                counts.append(
                    ZoneTargetCounts(zone: zone, healthy: Int(healthy.rounded()), unhealthy: Int(unhealthy.rounded())))
                minutes.append(minute)
            }
            if let oldest = minutes.min() { counted[ref.arn] = (counts, oldest) }
        }
        await cache.setTargetCounts(counted, asked: Set(refs.map(\.arn)), region: region, at: now)
        return counted
    }

    /// How many target counts one read of them buys (two per target group and zone, in the regions
    /// with more target groups than are listed); 0 when every target group is listed.
    public func targetCountMetrics() async -> Int {
        let listed = await cache.targetGroups
        return listed.values.map(\.groups).filter { $0.count > Self.listedTargetGroupsPerPoll }
            .reduce(0) { $0 + Self.countQueries($1).count }
    }

    /// The CloudWatch queries of the counts of `refs`: HealthyHostCount (Minimum) and
    /// UnHealthyHostCount (Maximum) per target group and zone, each keyed `ARN|zone`.
    static func countQueries(_ refs: [TargetGroupRef]) -> [SeriesQuery] {
        var queries: [SeriesQuery] = []
        for ref in refs {
            guard let tgSuffix = arnSuffix(ref.arn, after: ":targetgroup/", keep: "targetgroup/"),
                let lbSuffix = arnSuffix(ref.loadBalancerARN, after: ":loadbalancer/", keep: "")
            else { continue }
            for zone in ref.zones {
                let dimensions = [
                    CloudWatch.Dimension("TargetGroup", tgSuffix), CloudWatch.Dimension("LoadBalancer", lbSuffix),
                    CloudWatch.Dimension("AvailabilityZone", zone)
                ]
                let resource = countResource(ref.arn, zone: zone)
                for (metric, stat) in [("HealthyHostCount", "Minimum"), ("UnHealthyHostCount", "Maximum")] {
                    queries.append(
                        SeriesQuery(
                            key: SeriesKey(metric, resource), missing: .unknown,
                            query: CloudWatch.MetricDataQuery(
                                id: "c\(queries.count)",
                                source: .metric(
                                    namespace: "AWS/ApplicationELB",
                                    metricName: metric, dimensions: dimensions, period: 60, stat: stat, unit: nil))))
                }
            }
        }
        return queries
    }

    /// The target groups to list this poll, at most `limit`, in order of need: those CloudWatch
    /// counts unhealthy targets in (their reasons are wanted), then those it had nothing for, then
    /// the rest in their order (the order of the panel).
    static func worthListing(
        _ refs: [TargetGroupRef], counted: [String: (counts: [ZoneTargetCounts], minute: Date)],
        limit: Int
    ) -> [Int] {
        func need(_ ref: TargetGroupRef) -> Int {
            guard let known = counted[ref.arn] else { return 1 }
            return known.counts.contains { $0.unhealthy > 0 } ? 0 : 2
        }
        return refs.indices.sorted { (need(refs[$0]), $0) < (need(refs[$1]), $1) }.prefix(limit).sorted()
    }

    /// The resource name a zone's counts are read under.
    private static func countResource(_ arn: String, zone: String) -> String { "\(arn)|\(zone)" }
}
