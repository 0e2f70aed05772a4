import Foundation

/// A fact a poll could not learn because an optional call failed; the rest of the poll stands.
public struct MissingFact: Sendable, Equatable, Codable {
    /// The facts an optional call feeds.
    public enum Fact: String, Sendable, Equatable, Codable, CaseIterable {
        /// A group's scaling policies (DescribePolicies).
        case scalingPolicies
        /// A group's scaling activities (DescribeScalingActivities).
        case scalingActivities
        /// Whether a distribution has additional metrics, hence its hit ratio (GetMonitoringSubscription).
        case monitoringSubscription
        /// RDS events, hence failovers seen by their events (DescribeEvents).
        case databaseEvents
        /// Aurora clusters (DescribeDBClusters).
        case auroraClusters
        /// A target group's targets and their health (DescribeTargetHealth).
        case targetHealth
        /// CloudWatch alarms on the watched resources (DescribeAlarms).
        case alarms
        /// The account's Standard On-Demand vCPU quota (Service Quotas GetServiceQuota, or AWS's default).
        case vcpuQuota
        /// The vCPUs running in that bucket (EC2 DescribeInstances and DescribeInstanceTypes).
        case vcpusInUse
    }

    /// What is missing.
    public var fact: Fact
    /// Where: a region, or a resource's name or id.
    public var scope: String
    /// Why: the failed call, with its IAM action.
    public var failure: SourceFailure

    /// Creates a missing fact.
    public init(fact: Fact, scope: String, failure: SourceFailure) {
        self.fact = fact
        self.scope = scope
        self.failure = failure
    }
}
