import Foundation
import SimulatorServer
import Testing

/// The shop runs in us-east-1; the same account's other regions hold none of its resources.
@Suite struct EmptyRegionTests {
    /// The reply to one signed query call, ten simulated minutes into the launch (so metrics have datapoints).
    static func ask(_ service: String, _ parameters: [(String, String)], region: String = "eu-west-1") async -> (
        Int, String
    ) {
        let started = Clock()
        let host = SimulationHost(seed: 5, speed: 1, wallNow: { started.next() })
        let reply = await host.handle(SignedRequests.query(service: service, region: region, parameters))
        return (reply.status, String(decoding: reply.body, as: UTF8.self))
    }

    @Test func listsAreEmptyInAnotherRegion() async {
        let groups = await Self.ask("autoscaling", [("Action", "DescribeAutoScalingGroups"), ("Version", "2011-01-01")])
        #expect(groups.0 == 200 && groups.1.contains("<AutoScalingGroups"))
        #expect(!groups.1.contains("web-asg"))
        let targetGroups = await Self.ask(
            "elasticloadbalancing", [("Action", "DescribeTargetGroups"), ("Version", "2015-12-01")])
        #expect(targetGroups.0 == 200 && !targetGroups.1.contains("shop-web-tg"))
        let databases = await Self.ask("rds", [("Action", "DescribeDBInstances"), ("Version", "2014-10-31")])
        #expect(databases.0 == 200 && !databases.1.contains("shop-db"))
        let instances = await Self.ask("ec2", [("Action", "DescribeInstances"), ("Version", "2016-11-15")])
        #expect(instances.0 == 200 && !instances.1.contains("<instanceId>"))
        let zones = await Self.ask("ec2", [("Action", "DescribeAvailabilityZones"), ("Version", "2016-11-15")])
        #expect(zones.1.contains("<zoneName>eu-west-1a</zoneName>") && !zones.1.contains("us-east-1a"))
    }

    @Test func theShopIsStillThereInItsOwnRegion() async {
        let groups = await Self.ask(
            "autoscaling", [("Action", "DescribeAutoScalingGroups"), ("Version", "2011-01-01")], region: "us-east-1")
        #expect(groups.0 == 200 && groups.1.contains("<AutoScalingGroupName>web-asg</AutoScalingGroupName>"))
    }

    @Test func namedResourcesAreNotFoundAndScalingIsRefused() async {
        let database = await Self.ask(
            "rds", [("Action", "DescribeDBInstances"), ("Version", "2014-10-31"), ("DBInstanceIdentifier", "shop-db")])
        #expect(database.0 == 404 && database.1.contains("<Code>DBInstanceNotFound</Code>"))
        let health = await Self.ask(
            "elasticloadbalancing",
            [
                ("Action", "DescribeTargetHealth"), ("Version", "2015-12-01"),
                ("TargetGroupArn", "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/x/1")
            ])
        #expect(health.0 == 400 && health.1.contains("<Code>TargetGroupNotFound</Code>"))
        let scale = await Self.ask(
            "autoscaling",
            [
                ("Action", "SetDesiredCapacity"), ("Version", "2011-01-01"),
                ("AutoScalingGroupName", "web-asg"), ("DesiredCapacity", "3")
            ])
        #expect(
            scale.0 == 400
                && scale.1.contains("AutoScalingGroup name not found - AutoScalingGroup &apos;web-asg&apos; not found"))
    }

    /// CPU of the shop's group over the launch's first ten minutes (the signing date is 14:05Z).
    static let metricQuery: [(String, String)] = [
        ("Action", "GetMetricData"), ("Version", "2010-08-01"),
        ("StartTime", "2026-11-27T14:00:00Z"), ("EndTime", "2026-11-27T14:20:00Z"),
        ("MetricDataQueries.member.1.Id", "cpu"),
        ("MetricDataQueries.member.1.MetricStat.Metric.Namespace", "AWS/EC2"),
        ("MetricDataQueries.member.1.MetricStat.Metric.MetricName", "CPUUtilization"),
        ("MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Name", "AutoScalingGroupName"),
        ("MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Value", "web-asg"),
        ("MetricDataQueries.member.1.MetricStat.Period", "60"),
        ("MetricDataQueries.member.1.MetricStat.Stat", "Average")
    ]

    @Test func metricsHaveNoDatapointsButGlobalServicesAnswer() async {
        let metrics = await Self.ask("monitoring", Self.metricQuery)
        #expect(
            metrics.0 == 200 && metrics.1.contains("<Id>cpu</Id>") && !metrics.1.contains("<Values><member>"),
            "\(metrics.1)")
        let home = await Self.ask("monitoring", Self.metricQuery, region: "us-east-1")
        #expect(home.1.contains("<Values><member>"), "the same query has datapoints in us-east-1:\n\(home.1)")
        let identity = await Self.ask("sts", [("Action", "GetCallerIdentity"), ("Version", "2011-06-15")])
        #expect(identity.0 == 200 && identity.1.contains("123456789012"))
    }
}

/// A wall clock that reads the start once, then ten minutes later on every call.
private final class Clock: @unchecked Sendable {
    private var calls = 0
    private let lock = NSLock()

    func next() -> Date {
        lock.lock()
        defer { lock.unlock() }
        calls += 1
        return SignedRequests.date.addingTimeInterval(calls == 1 ? 0 : 600)
    }
}
