import Foundation

/// What is known of a CloudFront distribution's cache hit ratio.
public enum HitRatio: Sendable, Equatable, Codable {
    /// Measured by CloudWatch's `CacheHitRate` (additional metrics on), as a fraction from 0 to 1.
    case measured(Double)
    /// Not known, with the reason and what would make it known.
    case unavailable(reason: String)

    /// The fraction, or nil when unavailable.
    public var fraction: Double? {
        if case let .measured(value) = self { return value }
        return nil
    }

    /// Where the value comes from, for `hitRatioSource` in snapshots.
    public var source: String {
        switch self {
        case .measured: return "CloudWatch CacheHitRate"
        case let .unavailable(reason): return "unavailable: \(reason)"
        }
    }

    /// The reason given when the additional metrics are on but CloudWatch has no complete minute of them.
    public static let noData = HitRatio.unavailable(reason: "no CacheHitRate datapoint in the last complete minutes")

    /// The reason given when whether the additional metrics are on could not be read, e.g.
    /// `cloudfront:GetMonitoringSubscription denied`.
    public static func subscriptionUnknown(_ failure: SourceFailure?) -> HitRatio {
        .unavailable(
            reason: "\(failure?.action ?? "cloudfront:GetMonitoringSubscription") \(failure?.reportedKind ?? "failed")")
    }

    /// Whether this is an unknown subscription's reason (then no metric can replace it).
    public var isSubscriptionUnknown: Bool {
        if case let .unavailable(reason) = self { return reason.hasPrefix("cloudfront:GetMonitoringSubscription ") }
        return false
    }

    /// The reason given when the additional metrics are off.
    public static let additionalMetricsOff = HitRatio.unavailable(
        reason: "CloudFront additional metrics are off for this distribution; enable them "
            + "(CloudFront console > Telemetry > Monitoring, or CreateMonitoringSubscription) to see the hit ratio")
}

/// One CloudFront distribution with its traffic figures.
public struct DistributionStatus: Sendable, Equatable, Codable {
    /// The distribution id, e.g. `E2QWRUHEXAMPLE`.
    public var id: String
    /// Its domain name, e.g. `d111111abcdef8.cloudfront.net`.
    public var domainName: String
    /// Its aliases (CNAMEs).
    public var aliases: [String]
    /// Whether the paid additional metrics are on.
    public var additionalMetricsEnabled: Bool
    /// The cache hit ratio.
    public var hitRatio: HitRatio
    /// Requests in the newest complete minute (`metricsMinute`), when known.
    public var requests: Double?
    /// The 5xx error rate as a fraction (CloudWatch gives percent; stored divided by 100).
    public var errorRate5xx: Double?
    /// The 4xx error rate as a fraction.
    public var errorRate4xx: Double?
    /// Bytes downloaded in the newest complete minute, when known.
    public var bytesDownloaded: Double?
    /// The start of the minute the figures are of, when CloudWatch had one.
    public var metricsMinute: Date?

    /// Creates a distribution record; metrics start unknown.
    public init(
        id: String, domainName: String, aliases: [String] = [], additionalMetricsEnabled: Bool,
        hitRatio: HitRatio? = nil, requests: Double? = nil, errorRate5xx: Double? = nil,
        errorRate4xx: Double? = nil, bytesDownloaded: Double? = nil
    ) {
        self.id = id
        self.domainName = domainName
        self.aliases = aliases
        self.additionalMetricsEnabled = additionalMetricsEnabled
        self.hitRatio =
            hitRatio
            ?? (additionalMetricsEnabled
                ? .unavailable(reason: "no CacheHitRate datapoint yet") : HitRatio.additionalMetricsOff)
        self.requests = requests
        self.errorRate5xx = errorRate5xx
        self.errorRate4xx = errorRate4xx
        self.bytesDownloaded = bytesDownloaded
    }
}
