import Collectors

/// What watching other regions takes: their collector and, unless read-only, their executor.
public struct RegionWatch: Sendable {
    /// Polls the new regions.
    public var collector: Collector
    /// Applies scaling changes in the new regions; nil when scaling is off.
    public var executor: ScalingExecutor?

    /// Wraps a collector and an executor.
    public init(collector: Collector, executor: ScalingExecutor?) {
        self.collector = collector
        self.executor = executor
    }
}

/// Builds the watch of the regions named by `:region`; throws an error to show (a name that is not
/// a region, say) and then nothing changes.
public typealias RegionSwitcher = @Sendable ([String]) throws -> RegionWatch
