import DashboardModel
import DashboardRender
import Foundation

/// A dashboard state in the middle of a launch day: scaling out, a sick zone, a failover running.
enum LaunchDayFixture {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    static func at(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }

    static func group(desired: Int, inService: Int, pending: Int) -> AutoScalingGroupStatus {
        var instances: [InstanceStatus] = []
        let zones = ["us-east-1a", "us-east-1b", "us-east-1c"]
        for index in 0..<inService {
            instances.append(
                InstanceStatus(
                    id: "i-\(index)", zone: zones[index % 3], lifecycle: .inService, healthy: true,
                    instanceType: "m5.large"))
        }
        for index in 0..<pending {
            instances.append(
                InstanceStatus(
                    id: "i-p\(index)", zone: zones[(index + 1) % 3], lifecycle: .pending, healthy: true,
                    instanceType: "m5.large"))
        }
        let activity = ScalingActivity(
            id: "act-\(desired)", description: "Launching a new EC2 instance: i-p0",
            cause: "target tracking policy cpu70", status: pending > 0 ? .inProgress : .successful,
            startTime: at(0))
        return AutoScalingGroupStatus(
            name: "web-asg", region: "us-east-1", min: 2, max: 20, desired: desired, zones: zones,
            instances: instances, activities: [activity],
            policies: [ScalingPolicySummary(name: "cpu70", type: .targetTracking)])
    }

    static func state() -> DashboardState {
        var state = DashboardState(start: start)
        _ = state.apply(.tick(start))
        for step in 0..<12 {
            let time = at(Double(step) * 5)
            _ = state.apply(
                .polled(
                    .autoScaling,
                    .autoScaling([
                        group(desired: 4 + step / 2, inService: 4 + step / 3, pending: step % 3),
                        AutoScalingGroupStatus(
                            name: "worker-asg", region: "us-east-1", min: 1, max: 3, desired: 3,
                            zones: ["us-east-1a", "us-east-1b"],
                            instances: [
                                InstanceStatus(
                                    id: "i-w1", zone: "us-east-1a", lifecycle: .inService, healthy: true,
                                    instanceType: "c5.large"),
                                InstanceStatus(
                                    id: "i-w2", zone: "us-east-1b", lifecycle: .inService, healthy: false,
                                    instanceType: "c5.large"),
                                InstanceStatus(
                                    id: "i-w3", zone: "us-east-1b", lifecycle: .inService, healthy: true,
                                    instanceType: "c5.large")
                            ])
                    ]), time))
            var metrics = MetricsSnapshot(values: [
                SeriesKey(MetricName.targetRequests, "arn:tg/web"): Double(20_000 + step * 3_000),
                SeriesKey(MetricName.target5xx, "arn:tg/web"): Double(step * 3),
                SeriesKey(MetricName.groupCPU, "web-asg"): 55 + Double(step),
                SeriesKey(MetricName.distributionHitRate, "E2QWRUHEXAMPLE"): 95 - Double(step % 4),
                SeriesKey(MetricName.distributionRequests, "E2QWRUHEXAMPLE"): Double(400_000 + step * 20_000),
                SeriesKey(MetricName.distribution5xxRate, "E2QWRUHEXAMPLE"): 0.12,
                SeriesKey(MetricName.distributionBytes, "E2QWRUHEXAMPLE"): 2_000_000_000
            ])
            // Each poll brings one more complete minute of every series.
            metrics.minuteHistory = metrics.values.mapValues { [Sample(time: time, value: $0)] }
            _ = state.apply(.polled(.metrics, .metrics(metrics), time))
        }
        _ = state.apply(
            .polled(
                .targetHealth,
                .targetHealth([
                    TargetGroupHealth(
                        name: "web-tg", arn: "arn:tg/web", loadBalancerName: "shop-alb", loadBalancerARN: "arn:lb/shop",
                        region: "us-east-1",
                        targets: [
                            TargetStatus(id: "i-0", zone: "us-east-1a", state: .healthy),
                            TargetStatus(id: "i-1", zone: "us-east-1b", state: .healthy),
                            TargetStatus(id: "i-2", zone: "us-east-1c", state: .healthy),
                            TargetStatus(id: "i-3", zone: "us-east-1a", state: .healthy),
                            TargetStatus(id: "i-4", zone: "us-east-1b", state: .healthy),
                            TargetStatus(id: "i-5", zone: "us-east-1c", state: .healthy),
                            TargetStatus(
                                id: "i-p0", zone: "us-east-1b", state: .initial, reason: "Elb.RegistrationInProgress")
                        ], enabledZones: ["us-east-1a", "us-east-1b", "us-east-1c"])
                ]), at(50)))
        _ = state.apply(
            .polled(
                .targetHealth,
                .targetHealth([
                    TargetGroupHealth(
                        name: "web-tg", arn: "arn:tg/web", loadBalancerName: "shop-alb", loadBalancerARN: "arn:lb/shop",
                        region: "us-east-1",
                        targets: [
                            TargetStatus(id: "i-0", zone: "us-east-1a", state: .healthy),
                            TargetStatus(id: "i-1", zone: "us-east-1b", state: .healthy),
                            TargetStatus(id: "i-2", zone: "us-east-1c", state: .unhealthy, reason: "Target.Timeout"),
                            TargetStatus(id: "i-3", zone: "us-east-1a", state: .healthy),
                            TargetStatus(id: "i-4", zone: "us-east-1b", state: .healthy),
                            TargetStatus(id: "i-5", zone: "us-east-1c", state: .unhealthy, reason: "Target.Timeout"),
                            TargetStatus(
                                id: "i-p0", zone: "us-east-1b", state: .initial, reason: "Elb.RegistrationInProgress")
                        ], enabledZones: ["us-east-1a", "us-east-1b", "us-east-1c"])
                ]), at(58)))
        _ = state.apply(
            .polled(
                .distributions,
                .distributions([
                    DistributionStatus(
                        id: "E2QWRUHEXAMPLE", domainName: "d111111abcdef8.cloudfront.net",
                        aliases: ["shop.example.com"], additionalMetricsEnabled: true),
                    DistributionStatus(
                        id: "E3NOMETRICS", domainName: "d222.cloudfront.net", aliases: ["static.example.com"],
                        additionalMetricsEnabled: false)
                ]), at(59)))
        _ = state.apply(
            .polled(
                .databases,
                .databases(
                    [
                        DatabaseStatus(
                            id: "shop-db", region: "us-east-1", engine: "postgres", instanceClass: "db.r5.large",
                            status: "available", multiAZ: true,
                            primaryZone: "us-east-1a", secondaryZone: "us-east-1b")
                    ],
                    events: [
                        DatabaseEvent(
                            sourceID: "shop-db", date: at(40), code: "RDS-EVENT-0013",
                            message: "Multi-AZ instance failover started.")
                    ]), at(45)))
        _ = state.apply(.polled(.cost, .cost(CostActuals(monthToDate: 1_234.5, today: 88.2), prices: nil), at(20)))
        _ = state.apply(
            .operatorAction(
                TimelineEvent(
                    time: at(52), resource: "web-asg",
                    .scaled(
                        .applied,
                        detail: .applied(
                            from: ScalingLimits(min: 2, max: 20, desired: 8),
                            to: ScalingLimits(min: 2, max: 20, desired: 10))))))
        _ = state.apply(.tick(at(60)))
        return state
    }

    static let hints: [(key: String, label: String)] = [
        ("Tab", "panel"), ("↑↓", "select"), ("+/-", "desired"), ("d m M", "set"), ("r", "refresh"), ("p", "pause"),
        ("/", "filter"), (":", "command"), ("e", "errors"), ("?", "help"), ("q", "quit")
    ]

    static func context(glyphs: GlyphSet = .blocks, view: ViewState = ViewState()) -> RenderContext {
        RenderContext(
            header: HeaderInfo(
                account: "123456789012", accountAlias: "shop-prod", profile: "prod", regions: ["us-east-1"],
                readOnly: false, simulation: true),
            view: view, glyphs: glyphs, now: at(61), hints: hints, help: hints)
    }
}
