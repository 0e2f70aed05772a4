/// Which way a series is good: what a graph's colours judge a value by.
///
/// Height alone says nothing: a 95% cache hit ratio and a 95% 5xx rate draw the same bar. The
/// direction says which end of the scale is healthy; neutral series (traffic, money, counts that
/// follow the desired capacity) get one colour, since neither end is a problem in itself.
public enum SeriesDirection: String, Sendable, Hashable, CaseIterable {
    /// Larger values are healthier (cache hit ratio).
    case higherIsBetter
    /// Larger values are worse (error rates, response time, CPU).
    case higherIsWorse
    /// No end is better (requests, bytes, burn rate, instance counts).
    case neutral

    /// The direction of the series `metric` (a `MetricName`); neutral for names it does not know.
    public static func of(metric: String) -> SeriesDirection {
        switch metric {
        case MetricName.distributionHitRate:
            return .higherIsBetter
        case MetricName.target5xx, MetricName.distribution5xxRate, MetricName.distribution4xxRate,
            MetricName.targetResponseTime, MetricName.groupCPU:
            return .higherIsWorse
        default:
            return .neutral
        }
    }
}

extension SeriesKey {
    /// Which way this series is good.
    public var direction: SeriesDirection { SeriesDirection.of(metric: metric) }
}
