import AWSCore
import AWSServices
import DashboardModel
import Foundation

/// What trying one IAM action found.
public struct AccessCheck: Sendable, Equatable {
    /// The outcome.
    public enum Outcome: Sendable, Equatable {
        /// The call was answered.
        case allowed
        /// AWS refused it for lack of permission; AWS's message.
        case denied(String)
        /// It failed for another reason (unreachable, throttled, a server error, ...).
        case failed(SourceFailure)
        /// Not tried: not used with this selection, or it would change something; why.
        case notTried(String)
    }

    /// The action and how the dashboard uses it.
    public var use: IAMActionUse
    /// What happened.
    public var outcome: Outcome
}

/// Tries each IAM action the dashboard uses once, in its cheapest form, against the watched
/// resources (`flightdeck doctor`). Nothing is changed: scaling actions are listed, not tried.
public struct AccessProbe: Sendable {
    /// The collector whose clients and selection are probed.
    public let collector: Collector

    /// Probes through `collector`.
    public init(collector: Collector) { self.collector = collector }

    /// One check per catalogued action, in the catalogue's order.
    public func run() async -> [AccessCheck] {
        guard let (region, client) = collector.clients.regional.first else { return [] }
        let global = collector.clients.global
        let selection = collector.selection
        // The first target group, distribution and group found name the resources of the later probes.
        async let groups = Self.attempt {
            try await client.send(AutoScaling.DescribeAutoScalingGroups(names: selection.groups, maxRecords: 1))
        }
        async let targetGroups = Self.attempt { try await client.send(ELBv2.DescribeTargetGroups(pageSize: 1)) }
        async let distributions = Self.attempt { try await global.send(CloudFront.ListDistributions(maxItems: 1)) }
        let firstTargetGroup = try? (await targetGroups).get().targetGroups.first
        let firstDistribution = try? (await distributions).get().distributions.first
        let firstGroup = try? (await groups).get().groups.first
        let now = Date()
        var checks: [AccessCheck] = []
        for use in IAMCatalog.uses {
            let outcome: AccessCheck.Outcome
            switch use.action {
            case "autoscaling:DescribeAutoScalingGroups": outcome = Self.outcome(await groups)
            case "autoscaling:DescribeScalingActivities":
                outcome = await Self.check {
                    try await client.send(
                        AutoScaling.DescribeScalingActivities(groupName: firstGroup?.name, maxRecords: 1))
                }
            case "autoscaling:DescribePolicies":
                outcome = await Self.check {
                    try await client.send(AutoScaling.DescribePolicies(groupName: firstGroup?.name, maxRecords: 1))
                }
            case "autoscaling:DescribeScheduledActions":
                outcome = await Self.check {
                    try await client.send(
                        AutoScaling.DescribeScheduledActions(groupName: firstGroup?.name, maxRecords: 1))
                }
            case "elasticloadbalancing:DescribeLoadBalancers":
                outcome = await Self.check { try await client.send(ELBv2.DescribeLoadBalancers(pageSize: 1)) }
            case "elasticloadbalancing:DescribeTargetGroups": outcome = Self.outcome(await targetGroups)
            case "elasticloadbalancing:DescribeTargetHealth":
                guard let arn = firstTargetGroup?.arn else {
                    outcome = .notTried("no target group in \(region) to ask about"); break
                }
                outcome = await Self.check { try await client.send(ELBv2.DescribeTargetHealth(targetGroupARN: arn)) }
            case "ec2:DescribeInstances":
                outcome = await Self.check { try await client.send(EC2.DescribeInstances(maxResults: 5)) }
            case "elasticloadbalancing:DescribeTags":
                guard !selection.tags.isEmpty else {
                    outcome = .notTried("not used with this selection (no --tag)"); break
                }
                guard let arn = firstTargetGroup?.arn else {
                    outcome = .notTried("no target group in \(region) to ask about"); break
                }
                outcome = await Self.check { try await client.send(ELBv2.DescribeTags(resourceARNs: [arn])) }
            case "cloudfront:ListDistributions": outcome = Self.outcome(await distributions)
            case "cloudfront:GetMonitoringSubscription":
                guard let id = firstDistribution?.id else { outcome = .notTried("no distribution to ask about"); break }
                outcome = await Self.check {
                    try await global.send(CloudFront.GetMonitoringSubscription(distributionID: id))
                }
            case "cloudfront:ListTagsForResource":
                guard !selection.tags.isEmpty else {
                    outcome = .notTried("not used with this selection (no --tag)"); break
                }
                guard let arn = firstDistribution?.arn else {
                    outcome = .notTried("no distribution to ask about"); break
                }
                outcome = await Self.check { try await global.send(CloudFront.ListTagsForResource(resourceARN: arn)) }
            case "rds:DescribeDBInstances":
                outcome = await Self.check { try await client.send(RDS.DescribeDBInstances(maxRecords: 20)) }
            case "rds:DescribeDBClusters":
                outcome = await Self.check { try await client.send(RDS.DescribeDBClusters(maxRecords: 20)) }
            case "rds:DescribeEvents":
                outcome = await Self.check {
                    try await client.send(RDS.DescribeEvents(startTime: now.addingTimeInterval(-300)))
                }
            case "cloudwatch:GetMetricData":
                let query = CloudWatch.MetricDataQuery(
                    id: "q1",
                    source: .metric(
                        namespace: "AWS/EC2", metricName: "CPUUtilization",
                        dimensions: [
                            CloudWatch.Dimension("AutoScalingGroupName", firstGroup?.name ?? "flightdeck-doctor")
                        ],
                        period: 60, stat: "Average", unit: nil))
                outcome = await Self.check {
                    try await client.send(
                        CloudWatch.GetMetricData(
                            queries: [query], startTime: now.addingTimeInterval(-300), endTime: now))
                }
            case "ec2:DescribeInstanceTypes":
                outcome = await Self.check {
                    try await client.send(EC2.DescribeInstanceTypes(instanceTypes: ["m5.large"]))
                }
            case "servicequotas:GetServiceQuota":
                // No applied value (NoSuchResourceException) is an allowed call: the default is asked next.
                outcome = await Self.check {
                    do { _ = try await client.send(ServiceQuotas.GetServiceQuota()) } catch let error as AWSError
                        where error.code == "NoSuchResourceException"
                    {}
                }
            case "servicequotas:GetAWSDefaultServiceQuota":
                outcome = await Self.check { try await client.send(ServiceQuotas.GetAWSDefaultServiceQuota()) }
            case "cloudwatch:DescribeAlarms":
                outcome = await Self.check { try await client.send(CloudWatch.DescribeAlarms(maxRecords: 1)) }
            case "pricing:GetProducts":
                outcome = await Self.check {
                    try await global.send(
                        Pricing.GetProducts(
                            serviceCode: "AmazonEC2",
                            filters: [
                                Pricing.Filter(field: "instanceType", value: "m5.large")
                            ], maxResults: 1))
                }
            case "ce:GetCostAndUsage":
                let day = ISO8601DateFormatter()
                day.formatOptions = [.withFullDate]
                let period = CostExplorer.DateInterval(
                    start: day.string(from: now.addingTimeInterval(-86_400)), end: day.string(from: now))
                outcome = await Self.check { try await global.send(CostExplorer.GetCostAndUsage(period: period)) }
            case "iam:ListAccountAliases":
                outcome = await Self.check { try await global.send(IAM.ListAccountAliases(maxItems: 1)) }
            default:
                outcome = .notTried(use.use == .scaling ? "not tried: it changes the group" : "not probed")
            }
            checks.append(AccessCheck(use: use, outcome: outcome))
        }
        return checks
    }

    private static func attempt<T: Sendable>(_ call: () async throws -> T) async -> Result<T, any Error> {
        do { return .success(try await call()) } catch { return .failure(error) }
    }

    private static func check<T: Sendable>(_ call: () async throws -> T) async -> AccessCheck.Outcome {
        outcome(await attempt(call))
    }

    private static func outcome<T>(_ result: Result<T, any Error>) -> AccessCheck.Outcome {
        switch result {
        case .success: return .allowed
        case let .failure(error):
            let failure = SourceFailure(error)
            if failure.kind == .accessDenied {
                return .denied((error as? AWSError)?.message ?? failure.message)
            }
            return .failed(failure)
        }
    }
}
