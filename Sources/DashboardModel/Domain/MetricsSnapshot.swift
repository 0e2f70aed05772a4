import Foundation

/// The metric names the dashboard records, each keyed by a resource (group name, target group ARN,
/// distribution id).
public enum MetricName {
    /// Average CPU of a group's instances, percent.
    public static let groupCPU = "asg.cpu"
    /// Requests to a target group in the last minute.
    public static let targetRequests = "alb.requests"
    /// 5xx answers from a target group's targets in the last minute.
    public static let target5xx = "alb.5xx"
    /// Average target response time, seconds.
    public static let targetResponseTime = "alb.responseTime"
    /// Requests to a distribution in the last minute.
    public static let distributionRequests = "cf.requests"
    /// A distribution's cache hit rate, percent (additional metrics only).
    public static let distributionHitRate = "cf.hitRate"
    /// A distribution's 5xx error rate, percent.
    public static let distribution5xxRate = "cf.5xxRate"
    /// A distribution's 4xx error rate, percent.
    public static let distribution4xxRate = "cf.4xxRate"
    /// Bytes a distribution served in the last minute.
    public static let distributionBytes = "cf.bytesDownloaded"
    /// Instances in service in a group (recorded from Auto Scaling polls).
    public static let groupInService = "asg.inService"
    /// Desired capacity of a group.
    public static let groupDesired = "asg.desired"
    /// Healthy targets of a target group.
    public static let targetHealthy = "alb.healthy"
    /// The estimated burn rate, USD per hour (resource `total`).
    public static let burnRate = "cost.burnRate"
}

/// The latest value of each CloudWatch metric from one poll.
public struct MetricsSnapshot: Sendable, Equatable {
    /// The values, by series.
    public var values: [SeriesKey: Double]

    /// Creates a snapshot.
    public init(values: [SeriesKey: Double]) {
        self.values = values
    }

    /// The value of `metric` for `resource`, if it was returned.
    public func value(_ metric: String, _ resource: String) -> Double? {
        values[SeriesKey(metric, resource)]
    }
}
