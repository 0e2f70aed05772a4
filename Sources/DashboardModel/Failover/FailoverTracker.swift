import Foundation

/// Derives a database's failover state from RDS events and from its zones swapping between polls.
///
/// Events are the authoritative signal (RDS-EVENT-0013 started, 0015/0049 completed, 0034 not
/// attempted; Aurora 0072/0073 started, 0071 finished, 0069 failed). A primary that moved to another
/// zone, or a new Aurora writer, also marks a completed failover when the events were missed (moto
/// and some accounts emit none). Replaying the same events is harmless.
public enum FailoverTracker {
    /// Event ids that mean a failover started.
    public static let startCodes: Set<String> = ["RDS-EVENT-0013", "RDS-EVENT-0072", "RDS-EVENT-0073"]
    /// Event ids that mean a failover completed.
    public static let completeCodes: Set<String> = ["RDS-EVENT-0015", "RDS-EVENT-0049", "RDS-EVENT-0071"]
    /// Event ids that mean a failover failed or was not attempted.
    public static let failedCodes: Set<String> = ["RDS-EVENT-0034", "RDS-EVENT-0069"]

    /// Whether an event with `code` is about a failover (started, completed, failed or not attempted).
    public static func isFailoverEvent(_ code: String?) -> Bool {
        code.map { startCodes.contains($0) || completeCodes.contains($0) || failedCodes.contains($0) } ?? false
    }

    /// The next failover state of `current`, given its previous poll and the events seen now.
    public static func advance(
        previous: DatabaseStatus?, current: DatabaseStatus, events: [DatabaseEvent],
        now: Date
    ) -> FailoverState {
        var state = previous?.failover ?? .none
        let relevant = events.filter { $0.sourceID == current.id }.sorted { $0.date < $1.date }
        for event in relevant {
            guard let code = event.code, isNewer(event.date, than: state) else { continue }
            if startCodes.contains(code) {
                if case .inProgress = state { continue }
                state = .inProgress(startedAt: event.date)
            } else if completeCodes.contains(code) {
                state = .completed(startedAt: state.startedAtIfRunning, completedAt: event.date)
            } else if failedCodes.contains(code) {
                state = .failed(at: event.date, reason: event.message)
            }
        }
        if current.status.lowercased() == "failing-over", state.startedAtIfRunning == nil {
            state = .inProgress(startedAt: now)
        }
        if let previous, primaryMoved(from: previous, to: current) {
            switch state {
            case let .inProgress(startedAt):
                state = .completed(startedAt: startedAt, completedAt: now)
            case let .completed(_, completedAt) where now.timeIntervalSince(completedAt) < 300:
                break // the completion event already told us
            default:
                state = .completed(startedAt: nil, completedAt: now)
            }
        }
        return state
    }

    /// Whether the writer moved: another primary zone, or another Aurora writer.
    static func primaryMoved(from previous: DatabaseStatus, to current: DatabaseStatus) -> Bool {
        if current.isCluster {
            let before = previous.members.first(where: \.isWriter)?.id
            let after = current.members.first(where: \.isWriter)?.id
            return before != nil && after != nil && before != after
        }
        guard current.multiAZ, let before = previous.primaryZone, let after = current.primaryZone else { return false }
        return before != after
    }

    /// Whether an event at `date` comes after the latest transition of `state`.
    static func isNewer(_ date: Date, than state: FailoverState) -> Bool {
        switch state {
        case .none: return true
        case let .inProgress(startedAt): return date >= startedAt
        case let .completed(startedAt, completedAt): return date > completedAt && date > (startedAt ?? .distantPast)
        case let .failed(at, _): return date > at
        }
    }
}

extension FailoverState {
    /// The start time when a failover is running.
    var startedAtIfRunning: Date? {
        if case let .inProgress(startedAt) = self { return startedAt }
        return nil
    }
}
