/// One-minute CloudWatch series recorded from the model, one sample per simulated second.
///
/// Each minute keeps the sum, count, minimum and maximum of its samples, which is what
/// CloudWatch's statistics (Sum, Average, Minimum, Maximum, SampleCount) need.
public struct MetricStore: Sendable, Equatable {
    /// The aggregate of one minute's samples.
    public struct Bucket: Sendable, Equatable, Codable {
        /// The sum of the samples.
        public var sum: Double = 0
        /// How many samples.
        public var count: Double = 0
        /// The smallest sample.
        public var minimum: Double = .infinity
        /// The largest sample.
        public var maximum: Double = -.infinity

        /// Adds one sample.
        public mutating func add(_ value: Double) {
            sum += value
            count += 1
            minimum = Swift.min(minimum, value)
            maximum = Swift.max(maximum, value)
        }

        /// Merges another bucket (for periods longer than a minute).
        public mutating func merge(_ other: Bucket) {
            sum += other.sum
            count += other.count
            minimum = Swift.min(minimum, other.minimum)
            maximum = Swift.max(maximum, other.maximum)
        }

        /// The share `fraction` of this bucket, as a minute published part way: Sum and SampleCount
        /// scaled, the average and the extremes kept.
        public func share(_ fraction: Double) -> Bucket {
            var part = self
            part.sum *= fraction
            part.count *= fraction
            return part
        }

        /// The value of statistic `name` (`Sum`, `Average`, `Minimum`, `Maximum`, `SampleCount`), nil if unknown or empty.
        public func statistic(_ name: String) -> Double? {
            guard count > 0 else { return nil }
            switch name {
            case "Sum": return sum
            case "Average": return sum / count
            case "Minimum": return minimum
            case "Maximum": return maximum
            case "SampleCount": return count
            default: return nil
            }
        }
    }

    /// Series by metric, then by minute index (simulated second / 60).
    public private(set) var series: [MetricKey: [Int: Bucket]] = [:]

    /// An empty store.
    public init() {}

    /// Records `value` for `key` at simulated second `time`.
    public mutating func record(_ key: MetricKey, _ value: Double, at time: Double) {
        let minute = Int((time / 60).rounded(.down))
        series[key, default: [:]][minute, default: Bucket()].add(value)
    }

    /// Every key recorded so far, in a stable order.
    public var keys: [MetricKey] {
        series.keys.sorted { $0.description < $1.description }
    }

    /// The aggregated buckets of `key` for periods of `periodSeconds` (a multiple of 60, aligned to
    /// simulated second 0) whose start lies in `start ..< end`, oldest first. `start` is first
    /// rounded down to a period boundary, as CloudWatch does.
    public func aggregated(_ key: MetricKey, from start: Double, to end: Double, periodSeconds: Int) -> [(
        start: Double, bucket: Bucket
    )] {
        guard let minutes = series[key], periodSeconds >= 60 else { return [] }
        let period = Double(periodSeconds)
        let alignedStart = (start / period).rounded(.down) * period
        var periods: [Int: Bucket] = [:]
        for (minute, bucket) in minutes {
            let index = Int((Double(minute * 60) / period).rounded(.down))
            let periodStart = Double(index) * period
            guard periodStart >= alignedStart, periodStart < end else { continue }
            periods[index, default: Bucket()].merge(bucket)
        }
        return periods.keys.sorted().compactMap { index in
            periods[index].map { (Double(index) * period, $0) }
        }
    }
}
