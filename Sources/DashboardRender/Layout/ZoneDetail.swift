/// How much of a zone the strip shows, least first; the strip drops detail from the top down.
enum ZoneDetail: Int, CaseIterable, Comparable {
    /// The zone's name and condition.
    case least
    /// And since when a down zone has served nothing, and what it had.
    case since
    /// And its targets' counts.
    case targets
    /// And its instances in service.
    case instances
    /// And its instances launching or unhealthy, and which databases' primary or standby it holds.
    case full
    /// And those databases' names.
    case named

    /// Less detail sorts first.
    static func < (lhs: ZoneDetail, rhs: ZoneDetail) -> Bool { lhs.rawValue < rhs.rawValue }
}
