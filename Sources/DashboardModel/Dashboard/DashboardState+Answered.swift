import Foundation

extension DashboardState {
    /// Whether every source has answered at least once, with data or with an error.
    public var everySourceHasAnswered: Bool {
        [
            groups.updatedAt ?? groups.failedAt, targetGroups.updatedAt ?? targetGroups.failedAt,
            databases.updatedAt ?? databases.failedAt, distributions.updatedAt ?? distributions.failedAt,
            metrics.updatedAt ?? metrics.failedAt, costActuals.updatedAt ?? costActuals.failedAt
        ].allSatisfy { $0 != nil }
    }
}
