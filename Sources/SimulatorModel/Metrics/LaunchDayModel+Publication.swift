/// How CloudWatch publishes the one-minute series: late, the newest minute partial, counts sparse.
extension LaunchDayModel {
    /// Seconds between a sample and its publication: a minute is first visible one minute after it
    /// starts filling, with one second of its samples, and is complete one minute after it ends.
    public static let publicationDelay = 60.0

    /// The datapoints `GetMetricData` returns now for `key`, oldest first: periods of `periodSeconds`
    /// (a multiple of 60) whose start lies in `start ..< end`, built from the samples published so far.
    ///
    /// Samples reach CloudWatch `publicationDelay` seconds late, so the current minute is missing and
    /// the minute before it is partial, its Sum (and SampleCount) the share of the minute published
    /// so far. A sparse count (`MetricKey.isSparseCount`) is a whole number, and a period whose count
    /// is 0 has no datapoint.
    public func publishedDatapoints(_ key: MetricKey, from start: Double, to end: Double, periodSeconds: Int) -> [(
        start: Double, bucket: MetricStore.Bucket
    )] {
        let cutoff = now - Self.publicationDelay
        guard periodSeconds >= 60, cutoff >= 0 else { return [] }
        let period = Double(periodSeconds)
        let alignedStart = (start / period).rounded(.down) * period
        let newestMinute = (cutoff / 60).rounded(.down) * 60
        var periods: [Int: MetricStore.Bucket] = [:]
        for (minute, bucket) in metrics.aggregated(key, from: alignedStart, to: min(end, cutoff + 1), periodSeconds: 60)
        {
            let published = minute < newestMinute ? bucket : bucket.share(min(1, (cutoff - minute + 1) / 60))
            let index = Int((minute / period).rounded(.down))
            periods[index, default: MetricStore.Bucket()].merge(published)
        }
        return periods.keys.sorted().compactMap { index -> (start: Double, bucket: MetricStore.Bucket)? in
            guard var bucket = periods[index], Double(index) * period < end else { return nil }
            if key.isSparseCount {
                bucket.sum = bucket.sum.rounded()
                guard bucket.sum >= 1 else { return nil }
            }
            return (Double(index) * period, bucket)
        }
    }
}
