import DashboardModel

/// A stale source's words: the alert's and the scaling dialog's line, and the panel frame's mark.
public enum StalenessText {
    /// `stale 42s: Throttling: Rate exceeded`, `no data: AccessDenied: …`, `stale 1m02s: no update for longer than 30s`.
    public static func words(_ staleness: Staleness) -> String {
        "\(staleness.age.map { "stale \(DurationText.short($0))" } ?? "no data"): \(detail(staleness))"
    }

    /// The frame's mark: `STALE 42s: Throttling: Rate exceeded`, `STALE no data: …`.
    public static func frame(_ staleness: Staleness) -> String {
        "STALE \(staleness.age.map(DurationText.short) ?? "no data"): \(detail(staleness))"
    }

    /// Why: the failure's message, or how long the source may go without an update.
    static func detail(_ staleness: Staleness) -> String {
        switch staleness {
        case let .failed(failure, _): failure.message
        case let .old(_, maxAge): "no update for longer than \(DurationText.short(maxAge))"
        }
    }
}
