import DashboardModel
import Foundation

/// States that raise every alert the rules know, each path at least once: the pin of their words.
enum EveryAlertFixture {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    static func at(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }

    static let intervals: [DataSource: Double] = [
        .autoScaling: 5, .targetHealth: 10, .databases: 15, .distributions: 300, .metrics: 60, .cost: 3_600
    ]

    static let capacityMessage =
        "We currently do not have sufficient m5.large capacity in the Availability Zone you requested (us-east-1c). Our system will be working on provisioning additional capacity. You can currently get m5.large capacity by not specifying an Availability Zone in your request or choosing us-east-1a, us-east-1b. Launching EC2 instance failed."
    static let vcpuMessage =
        "You have requested more vCPU capacity than your current vCPU limit of 32 allows for the instance bucket that the specified instance type belongs to. Please visit http://aws.amazon.com/contact-us/ec2-request to request an adjustment to this limit. Launching EC2 instance failed."

    static func group(
        _ name: String, max: Int, desired: Int, zones: [String] = ["a", "b", "c"], activities: [ScalingActivity] = [],
        policies: [ScalingPolicySummary] = []
    ) -> AutoScalingGroupStatus {
        AutoScalingGroupStatus(
            name: name, region: "us-east-1", min: 1, max: max, desired: desired,
            zones: ["us-east-1a", "us-east-1b", "us-east-1c"],
            instances: zones.enumerated().map { index, zone in
                InstanceStatus(
                    id: "i-\(name)-\(index)", zone: "us-east-1\(zone)", lifecycle: .inService, healthy: true,
                    instanceType: "m5.large")
            },
            activities: activities, policies: policies)
    }

    static let capacity = LaunchFailureReading(cause: .capacity, zone: "us-east-1c", instanceType: "m5.large")

    /// A launch that failed with `message`, read by the collector as `reading`.
    static func failed(
        _ id: String, at seconds: Double, message: String = capacityMessage, reading: LaunchFailureReading = capacity,
        status: ScalingActivityStatus = .failed
    ) -> ScalingActivity {
        ScalingActivity(
            id: id, description: "Launching a new EC2 instance.  Status Reason: \(message)",
            cause: "At … an instance was started", status: status, startTime: at(seconds - 5),
            endTime: at(seconds), statusMessage: message, kind: .launch, launchFailure: reading)
    }

    static func targetGroup(_ name: String, _ targets: [(String, TargetState, String?)]) -> TargetGroupHealth {
        TargetGroupHealth(
            name: name, arn: "arn:tg/\(name)", loadBalancerName: "shop-alb", loadBalancerARN: "arn:lb/shop-alb",
            region: "us-east-1",
            targets: targets.enumerated().map { index, item in
                TargetStatus(
                    id: "i-\(name)-\(index)", port: 80, zone: "us-east-1\(item.0)", state: item.1, reason: item.2)
            },
            enabledZones: ["us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d"])
    }

    static func database(_ id: String, multiAZ: Bool, primary: String, secondary: String?) -> DatabaseStatus {
        DatabaseStatus(
            id: id, region: "us-east-1", engine: "postgres", instanceClass: "db.r5.large", status: "available",
            multiAZ: multiAZ, primaryZone: primary, secondaryZone: secondary)
    }

    /// A launch day gone wrong everywhere at once: every rule but the credentials' and the stale marks'.
    static func shop() -> DashboardState {
        var state = DashboardState(start: start, intervals: intervals)
        let cpu70 = ScalingPolicySummary(
            name: "cpu70", type: .targetTracking, metric: "ASGAverageCPUUtilization", targetValue: 70)
        var activities = [failed("f1", at: 100), failed("f2", at: 160)]
        for (seconds, apiDesired) in [(170.0, 10), (230, 12), (290, 14)] {
            if seconds == 290 {
                activities += [
                    failed("f3", at: 220), failed("f4", at: 280),
                    failed(
                        "v1", at: 285, message: vcpuMessage, reading: LaunchFailureReading(cause: .vcpuQuota),
                        status: .cancelled)
                ]
            }
            _ = state.apply(
                .polled(
                    .autoScaling,
                    .autoScaling([
                        group("web-asg", max: 4, desired: 4, activities: activities.reversed(), policies: [cpu70]),
                        group("api-asg", max: 20, desired: apiDesired),
                        group("batch-asg", max: 2, desired: 2, zones: ["a", "c"])
                    ]), at(seconds)))
        }
        let reading = VCPUQuotaReading(
            region: "us-east-1", quota: 5, source: .awsDefault, inUse: 38, inUseByGroup: ["web-asg": 6],
            vcpusByType: ["m5.large": 2])
        var metrics = MetricsSnapshot(values: [
            SeriesKey(MetricName.groupCPU, "web-asg"): 85,
            SeriesKey(MetricName.distributionHitRate, "E1"): 62.5,
            SeriesKey(MetricName.distribution5xxRate, "E1"): 7,
            SeriesKey(MetricName.distributionHitRate, "E2"): 99,
            SeriesKey(MetricName.targetRequests, "arn:tg/web-tg"): 1_000,
            SeriesKey(MetricName.target5xx, "arn:tg/web-tg"): 80
        ])
        metrics.vcpuQuotas = [reading]
        _ = state.apply(.polled(.metrics, .metrics(metrics), at(291)))
        _ = state.apply(
            .polled(
                .distributions,
                .distributions([
                    DistributionStatus(id: "E1", domainName: "d1.cloudfront.net", additionalMetricsEnabled: true),
                    DistributionStatus(id: "E2", domainName: "d2.cloudfront.net", additionalMetricsEnabled: false)
                ]), at(291)))
        // Zone b serves, then loses its one healthy target; zone d never served and only fails.
        _ = state.apply(
            .polled(
                .targetHealth,
                .targetHealth([
                    targetGroup(
                        "web-tg",
                        [
                            ("a", .healthy, nil), ("a", .unhealthy, "Target.Timeout"),
                            ("a", .unhealthy, "Target.FailedHealthChecks"), ("b", .healthy, nil),
                            ("c", .healthy, nil), ("c", .unhealthy, nil)
                        ]),
                    targetGroup("api-tg", [("a", .healthy, nil), ("c", .unhealthy, "Target.Timeout")])
                ]), at(200)))
        _ = state.apply(
            .polled(
                .targetHealth,
                .targetHealth([
                    targetGroup(
                        "web-tg",
                        [
                            ("a", .healthy, nil), ("a", .unhealthy, "Target.Timeout"),
                            ("a", .unhealthy, "Target.FailedHealthChecks"), ("b", .unhealthy, "Target.Timeout"),
                            ("b", .draining, nil), ("c", .healthy, nil), ("c", .unhealthy, nil),
                            ("d", .unhealthy, "Elb.InternalError")
                        ]),
                    targetGroup(
                        "api-tg",
                        [("a", .healthy, nil), ("c", .unhealthy, "Target.Timeout"), ("c", .draining, nil)])
                ]), at(230)))
        _ = state.apply(
            .polled(
                .databases,
                .databases(
                    [
                        database("shop-db", multiAZ: true, primary: "us-east-1a", secondary: "us-east-1c"),
                        database("orders-db", multiAZ: false, primary: "us-east-1b", secondary: nil),
                        database("reports-db", multiAZ: true, primary: "us-east-1b", secondary: "us-east-1a"),
                        database("ledger-db", multiAZ: true, primary: "us-east-1a", secondary: "us-east-1d")
                    ],
                    events: [
                        DatabaseEvent(
                            sourceID: "shop-db", date: at(250), code: "RDS-EVENT-0013",
                            message: "Multi-AZ instance failover started.")
                    ]), at(255)))
        _ = state.apply(.tick(at(292)))
        return state
    }

    /// Credentials whose renewal ends, has ended, or is refused, each source a person renews.
    static func credentials(_ status: CredentialStatus, at seconds: Double, refused: Bool = false) -> DashboardState {
        var state = DashboardState(start: start, intervals: intervals)
        _ = state.apply(.credentialsChecked(status, at(0)))
        if refused {
            _ = state.apply(
                .polled(
                    .autoScaling,
                    .failed(
                        SourceFailure(
                            kind: .credentials,
                            message: "ExpiredToken: The security token included in the request is expired")), at(1)))
        }
        _ = state.apply(.tick(at(seconds)))
        return state
    }

    /// Every credential case: SSO ending, a file token ended with the credentials in hand still valid,
    /// the environment's token ended past its expiry, a file token with no known expiry, refusals.
    static func credentialStates() -> [DashboardState] {
        [
            credentials(
                CredentialStatus(
                    source: "SSO (profile web)", expiresAt: at(5_400), renewal: .ssoLogin(profile: "web"),
                    renewableUntil: at(3_600)), at: 3_600 - 720),
            credentials(
                CredentialStatus(
                    source: "shared credentials file (profile saml)", expiresAt: at(5_400),
                    renewal: .fileToken(path: "/home/ops/.aws/credentials", profile: "saml"),
                    renewableUntil: at(3_600)), at: 3_600 + 180),
            credentials(
                CredentialStatus(
                    source: "environment", expiresAt: at(3_600), renewal: .environmentToken,
                    renewableUntil: at(3_600)), at: 3_600 + 7_500),
            credentials(
                CredentialStatus(
                    source: "shared credentials file (profile ops)", expiresAt: nil,
                    renewal: .fileToken(path: "/home/ops/.aws/credentials", profile: "ops"),
                    renewableUntil: at(3_600)), at: 3_600 + 30),
            credentials(
                CredentialStatus(
                    source: "environment", expiresAt: nil, renewal: .environmentToken, renewableUntil: nil), at: 10,
                refused: true),
            credentials(
                CredentialStatus(
                    source: "SSO (profile web)", expiresAt: nil, renewal: .ssoLogin(profile: "web"),
                    renewableUntil: nil), at: 10, refused: true)
        ]
    }

    /// Stale sources: failed after a success, failed with nothing ever received, and too old without a failure.
    static func stale() -> DashboardState {
        var state = DashboardState(start: start, intervals: intervals)
        _ = state.apply(.polled(.autoScaling, .autoScaling([group("web-asg", max: 20, desired: 3)]), at(1)))
        _ = state.apply(
            .polled(
                .autoScaling, .failed(SourceFailure(kind: .throttled, message: "Throttling: Rate exceeded")), at(43)))
        _ = state.apply(
            .polled(
                .targetHealth,
                .failed(
                    SourceFailure(
                        kind: .accessDenied, message: "AccessDenied: elasticloadbalancing:DescribeTargetGroups",
                        action: "elasticloadbalancing:DescribeTargetGroups")), at(40)))
        _ = state.apply(.polled(.databases, .databases([], events: []), at(2)))
        _ = state.apply(.polled(.autoScaling, .failed(SourceFailure(kind: .timeout, message: "timed out")), at(3_725)))
        _ = state.apply(.tick(at(3_725)))
        return state
    }

    /// Every state above.
    static func all() -> [(name: String, state: DashboardState)] {
        [("shop", shop())] + credentialStates().enumerated().map { ("credentials \($0.offset)", $0.element) }
            + [("stale", stale())]
    }
}
