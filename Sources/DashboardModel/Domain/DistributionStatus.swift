import Foundation

/// What is known of a CloudFront distribution's cache hit ratio.
public enum HitRatio: Sendable, Equatable, Codable {
    /// Why the hit ratio is not known.
    public enum Gap: Sendable, Equatable, Codable {
        /// The additional metrics are on, and no metrics poll has answered yet.
        case notYetPolled
        /// The additional metrics are on, but CloudWatch has no complete minute of `CacheHitRate`.
        case noData
        /// Whether the additional metrics are on could not be read (the call's failure, when one came).
        case subscriptionUnknown(SourceFailure?)
        /// The additional metrics are off: CloudFront publishes no `CacheHitRate`.
        case additionalMetricsOff
    }

    /// Measured by CloudWatch's `CacheHitRate` (additional metrics on), as a fraction from 0 to 1.
    case measured(Double)
    /// Not known, and why.
    case unavailable(Gap)

    /// The fraction, or nil when unavailable.
    public var fraction: Double? {
        if case let .measured(value) = self { return value }
        return nil
    }

    /// On, but no complete minute of `CacheHitRate`.
    public static let noData = HitRatio.unavailable(.noData)
    /// The additional metrics are off.
    public static let additionalMetricsOff = HitRatio.unavailable(.additionalMetricsOff)

    /// Whether the subscription could not be read (then no metric can replace it).
    public var isSubscriptionUnknown: Bool {
        if case .unavailable(.subscriptionUnknown) = self { return true }
        return false
    }
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
            ?? (additionalMetricsEnabled ? .unavailable(.notYetPolled) : HitRatio.additionalMetricsOff)
        self.requests = requests
        self.errorRate5xx = errorRate5xx
        self.errorRate4xx = errorRate4xx
        self.bytesDownloaded = bytesDownloaded
    }
}
