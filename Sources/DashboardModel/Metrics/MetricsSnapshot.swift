import Foundation

/// The metric names the dashboard records, each keyed by a resource (group name, target group ARN,
/// distribution id).
public enum MetricName {
    /// Average CPU of a group's instances, percent.
    public static let groupCPU = "asg.cpu"
    /// Requests to a target group in its newest complete minute.
    public static let targetRequests = "alb.requests"
    /// 5xx answers from a target group's targets in the same minute (0 when CloudWatch left it out).
    public static let target5xx = "alb.5xx"
    /// Average target response time, seconds.
    public static let targetResponseTime = "alb.responseTime"
    /// Requests to a distribution in its newest complete minute.
    public static let distributionRequests = "cf.requests"
    /// A distribution's cache hit rate, percent (additional metrics only).
    public static let distributionHitRate = "cf.hitRate"
    /// A distribution's 5xx error rate, percent.
    public static let distribution5xxRate = "cf.5xxRate"
    /// A distribution's 4xx error rate, percent.
    public static let distribution4xxRate = "cf.4xxRate"
    /// Bytes a distribution served in its newest complete minute.
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

/// CloudWatch's figures from one poll, read by `CompleteMinutes`: whole minutes only.
public struct MetricsSnapshot: Sendable, Equatable {
    /// Each series' value in its resource's newest complete minute; absent when there is no data.
    public var values: [SeriesKey: Double]
    /// The minute each resource was read at (its start), by resource.
    public var minutes: [String: Date] = [:]
    /// Every complete minute each series had in the poll's window, oldest first.
    public var minuteHistory: [SeriesKey: [Sample]] = [:]
    /// The CloudWatch alarms on watched resources; nil when DescribeAlarms could not be read.
    public var alarms: [AlarmStatus]?
    /// Each watched region's vCPU quota and use, read with the metrics; nil when none was read.
    public var vcpuQuotas: [VCPUQuotaReading]?

    /// Creates a snapshot of `values`, read at `minutes`.
    public init(values: [SeriesKey: Double], minutes: [String: Date] = [:]) {
        self.values = values
        self.minutes = minutes
    }

    /// The value of `metric` for `resource`, if there is data.
    public func value(_ metric: String, _ resource: String) -> Double? {
        values[SeriesKey(metric, resource)]
    }

    /// The minute `resource` was read at.
    public func minute(of resource: String) -> Date? {
        minutes[resource]
    }

    /// This snapshot with `other`'s series added (other batches of the same poll).
    public func merging(_ other: MetricsSnapshot) -> MetricsSnapshot {
        var merged = self
        merged.values.merge(other.values) { _, new in new }
        merged.minutes.merge(other.minutes) { _, new in new }
        merged.minuteHistory.merge(other.minuteHistory) { _, new in new }
        if let more = other.alarms { merged.alarms = (merged.alarms ?? []) + more }
        if let more = other.vcpuQuotas { merged.vcpuQuotas = (merged.vcpuQuotas ?? []) + more }
        return merged
    }
}
