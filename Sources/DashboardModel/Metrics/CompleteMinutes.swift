import Foundation

/// The one rule for reading CloudWatch: whole minutes only, the same minute for every series of a resource.
///
/// CloudWatch publishes a minute while it fills and for a while after it ends, so the newest
/// minutes are too low; ALB and CloudFront leave a count out of a minute in which it was zero.
/// A minute is complete once it ended `settle` seconds before the server's now. A resource's
/// series are read at its newest complete minute that any of them published (looking back at most
/// `lookback` minutes for one that is late); in that minute a series without a datapoint is 0 when
/// its absence means zero and unknown otherwise. A resource that published nothing in those
/// minutes has no data, which is not 0.
public enum CompleteMinutes {
    /// Seconds after a minute ends before CloudWatch's figure for it is taken as final.
    public static let settle: TimeInterval = 60
    /// How many complete minutes back a resource's newest published minute is looked for.
    public static let lookback = 3

    /// The start of the minute holding `date`.
    public static func minute(of date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 60).rounded(.down) * 60)
    }

    /// The start of the newest minute that is complete at `now` (the server's clock).
    public static func newestComplete(at now: Date) -> Date {
        minute(of: now.addingTimeInterval(-settle - 60))
    }

    /// Reads `series` as of `now`: each resource at its newest complete published minute, with the
    /// complete minutes before it for history.
    public static func read(_ series: [MinuteSeries], asOf now: Date) -> MetricsSnapshot {
        let newest = newestComplete(at: now)
        let byResource = Dictionary(grouping: series, by: \.key.resource)
        var snapshot = MetricsSnapshot(values: [:])
        for (resource, family) in byResource {
            let published = Set(family.flatMap { $0.points.keys }).filter { $0 <= newest }
            let publishedInOrder = published.sorted()
            let candidates = (0..<lookback).map { newest.addingTimeInterval(-60 * Double($0)) }
            let minute = candidates.first(where: published.contains)
            snapshot.minutes[resource] = minute
            for one in family {
                if let minute, let value = value(of: one, at: minute) { snapshot.values[one.key] = value }
                let history = publishedInOrder.compactMap { start in
                    value(of: one, at: start).map { Sample(time: start, value: $0) }
                }
                if !history.isEmpty { snapshot.minuteHistory[one.key] = history }
            }
        }
        return snapshot
    }

    /// The value of `series` in `minute`, a minute its resource published.
    private static func value(of series: MinuteSeries, at minute: Date) -> Double? {
        if let value = series.points[minute] { return value }
        return series.missing == .zero ? 0 : nil
    }
}
