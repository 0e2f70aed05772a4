/// Something the collector noticed that costs no panel its data but the operator should know; said
/// once a session, in the timeline and on `snapshot`'s standard error. `DashboardRender` words it.
public enum CollectorWarning: Sendable, Hashable, Codable {
    /// What discovery lists.
    public enum ResourceKind: String, Sendable, Hashable, Codable {
        /// Auto Scaling groups.
        case autoScalingGroups
        /// ELB target groups.
        case targetGroups
        /// RDS instances and clusters.
        case databases
        /// CloudFront distributions.
        case distributions
    }

    /// Listing with `operation` stopped after `pages` pages because the service repeated a page token.
    case repeatedPageToken(operation: String, pages: Int)
    /// Listing with `operation` stopped at the safety cap of `pages` pages; more remain.
    case pageCapReached(operation: String, pages: Int)
    /// Discovery found `found` resources and watches the first `cap` (`--max-resources`).
    case discoveryCapped(ResourceKind, found: Int, cap: Int)
    /// The Pricing API failed; the bundled table stands in.
    case bundledPrices(because: SourceFailure)
    /// A cache file could not be written, with the system's reason.
    case cacheNotWritten(path: String, reason: String)
    /// The zones of `count` targets could not be found.
    case targetZonesUnknown(count: Int, because: SourceFailure)
}
