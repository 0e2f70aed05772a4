import Foundation

extension DashboardState {
    /// The failure that left `source` stale, if its last poll failed.
    public func failure(_ source: DataSource) -> SourceFailure? {
        switch source {
        case .autoScaling: return groups.failure
        case .targetHealth: return targetGroups.failure
        case .databases: return databases.failure
        case .distributions: return distributions.failure
        case .metrics: return metrics.failure
        case .cost: return costActuals.failure
        }
    }
}
