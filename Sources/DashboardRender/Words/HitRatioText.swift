import DashboardModel

/// The words of what is known of a cache hit ratio.
public enum HitRatioText {
    /// Where the value comes from, for the snapshot's `hitRatioSource`: `CloudWatch CacheHitRate` or
    /// `unavailable: ` and why.
    public static func source(_ ratio: HitRatio) -> String {
        switch ratio {
        case .measured: "CloudWatch CacheHitRate"
        case let .unavailable(gap): "unavailable: \(reason(gap))"
        }
    }

    /// Why the hit ratio is not known, and what would make it known.
    public static func reason(_ gap: HitRatio.Gap) -> String {
        switch gap {
        case .notYetPolled:
            "no CacheHitRate datapoint yet"
        case .noData:
            "no CacheHitRate datapoint in the last complete minutes"
        case let .subscriptionUnknown(failure):
            "\(failure?.action ?? "cloudfront:GetMonitoringSubscription") \(failure?.reportedKind ?? "failed")"
        case .additionalMetricsOff:
            "CloudFront additional metrics are off for this distribution; enable them "
                + "(CloudFront console > Telemetry > Monitoring, or CreateMonitoringSubscription) to see the hit ratio"
        }
    }
}
