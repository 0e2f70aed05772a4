/// Picks the critical alerts worth a notification: those that just started holding.
///
/// An alert is known by its code and resource (as `AlertOnsets` knows it), so one that keeps
/// holding while its facts change (a failover's running time) is notified once; one that
/// clears and comes back is notified again.
public enum CriticalAlertNotices {
    /// The critical alerts of `after` whose code and resource had no critical alert in `before`,
    /// one per code and resource, in `after`'s order.
    public static func new(before: [Alert], after: [Alert]) -> [Alert] {
        var known = Set(before.filter { $0.severity == .critical }.map(AlertOnsets.Key.init))
        var fresh: [Alert] = []
        for alert in after where alert.severity == .critical {
            guard known.insert(AlertOnsets.Key(alert)).inserted else { continue }
            fresh.append(alert)
        }
        return fresh
    }
}
