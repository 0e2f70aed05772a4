/// How an Availability Zone is doing, decided from its targets' health and remembered between polls.
///
/// The rule (DECISIONS.md, 2026-12-05): a zone is `down` from the poll where it had served (a healthy
/// target before, or targets failing now with none healthy) and has no healthy target, and it stays
/// down, even with no target left registered, until a poll shows a healthy target there again; it is
/// `degraded` while it has healthy targets beside unhealthy or draining ones or unhealthy
/// instances; `ok` otherwise.
public enum ZoneCondition: String, Sendable, Equatable, Codable, CaseIterable, Comparable {
    /// Serving, nothing wrong seen.
    case ok
    /// Serving, but some targets are unhealthy or draining, or some instances are unhealthy.
    case degraded
    /// Had served and has no healthy target now.
    case down

    /// `ok` sorts before `degraded`, which sorts before `down`.
    public static func < (lhs: ZoneCondition, rhs: ZoneCondition) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
