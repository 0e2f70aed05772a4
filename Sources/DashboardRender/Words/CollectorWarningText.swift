import DashboardModel

/// The words of what the collector noticed, for the timeline and `snapshot`'s standard error.
public enum CollectorWarningText {
    /// One line for `warning`.
    public static func line(_ warning: CollectorWarning) -> String {
        switch warning {
        case let .repeatedPageToken(operation, pages):
            return "\(operation): the service repeated a page token; stopped after \(pages) pages"
        case let .pageCapReached(operation, pages):
            return "\(operation): stopped at the safety cap of \(pages) pages; more remain"
        case let .discoveryCapped(kind, found, cap):
            return "found \(found) \(name(kind)); watching the first \(cap) (raise --max-resources or name them)"
        case let .bundledPrices(failure):
            return "prices: using the bundled table (fallback): \(PriceText.fallbackReason(failure))"
        case let .cacheNotWritten(path, reason):
            return "cannot write the cache \(path): \(reason)"
        case let .targetZonesUnknown(count, failure):
            return "cannot find the zones of \(count) targets: \(failure.message)"
        }
    }

    /// What discovery lists, as the operator calls it.
    static func name(_ kind: CollectorWarning.ResourceKind) -> String {
        switch kind {
        case .autoScalingGroups: "Auto Scaling groups"
        case .targetGroups: "target groups"
        case .databases: "databases"
        case .distributions: "distributions"
        }
    }
}
