import Foundation

/// What a minute without a datapoint means for a series, in a minute its resource published.
public enum MissingMinute: Sendable, Equatable {
    /// Nothing happened: ALB and CloudFront report counts (and CloudFront its error rates) only when non-zero.
    case zero
    /// Not known: an average (CPU, response time, hit rate) with no datapoint says nothing.
    case unknown
}

/// One CloudWatch series as one poll returned it: a value per minute, keyed by the minute's start.
public struct MinuteSeries: Sendable, Equatable {
    /// The series, e.g. the 5xx count of one target group.
    public var key: SeriesKey
    /// What a minute without a datapoint means.
    public var missing: MissingMinute
    /// The datapoints, by the start of their minute.
    public var points: [Date: Double]

    /// Creates a series from CloudWatch's timestamps and values (any order), each put in its minute.
    public init(key: SeriesKey, missing: MissingMinute, timestamps: [Date], values: [Double]) {
        self.key = key
        self.missing = missing
        var points: [Date: Double] = [:]
        for (time, value) in zip(timestamps, values) { points[CompleteMinutes.minute(of: time), default: 0] += value }
        self.points = points
    }
}
