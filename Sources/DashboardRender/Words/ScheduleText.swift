import DashboardModel
import Foundation

/// The words for scheduled actions: their time in local time and UTC, the limits they set, and the
/// confirmation's warning when one will override a change.
public enum ScheduleText {
    /// `14:30 CET (13:30 UTC)`, with the local date first when `withDate` (`2026-11-27 14:30 CET (13:30 UTC)`);
    /// UTC alone when the local zone is UTC.
    public static func time(_ date: Date, timeZone: TimeZone, withDate: Bool = false) -> String {
        let local = stamp(date, timeZone, withDate: withDate)
        let zone = timeZone.abbreviation(for: date) ?? timeZone.identifier
        guard timeZone.secondsFromGMT(for: date) != 0 else { return local + " UTC" }
        let utc = stamp(date, TimeZone(secondsFromGMT: 0) ?? timeZone, withDate: withDate && !sameDay(date, timeZone))
        return "\(local) \(zone) (\(utc) UTC)"
    }

    /// `min 6, max 20` (the limits an action sets, in min, desired, max order).
    public static func limits(_ action: ScheduledActionSummary) -> String {
        [("min", action.min), ("desired", action.desired), ("max", action.max)]
            .compactMap { name, value in value.map { "\(name) \($0)" } }.joined(separator: ", ")
    }

    /// One line for a group's zoom: the name, when it runs next (and how soon), what it sets.
    public static func line(_ action: ScheduledActionSummary, now: Date, timeZone: TimeZone) -> String {
        let when =
            action.time.map { date in
                time(date, timeZone: timeZone, withDate: true)
                    + (date >= now ? ", in " + DurationText.short(date.timeIntervalSince(now)) : "")
            } ?? "no time given"
        let recurring = action.recurrence.map { " (repeats: \($0))" } ?? ""
        return "\(action.name): \(when)\(recurring): \(limits(action))"
    }

    /// The confirmation's warnings for `plan`'s scheduled actions: each that will override it, with its
    /// time, or that they could not be read.
    public static func warnings(_ plan: ScalingPlan, now: Date, timeZone: TimeZone) -> [String] {
        var lines = plan.scheduledOverrides.map { action in
            let when =
                action.time.map { date in
                    time(date, timeZone: timeZone) + " (in " + DurationText.short(date.timeIntervalSince(now)) + ")"
                } ?? "soon"
            return
                "warning: scheduled action \(action.name) sets \(limits(action)) at \(when): it overrides this change"
        }
        if plan.scheduledActionsUnknown {
            lines.append("warning: the group's scheduled actions could not be read: one may override this change")
        }
        return lines
    }

    private static func stamp(_ date: Date, _ zone: TimeZone, withDate: Bool) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let clock =
            "\(NumberText.zeroPadded(parts.hour ?? 0, width: 2)):\(NumberText.zeroPadded(parts.minute ?? 0, width: 2))"
        guard withDate else { return clock }
        return
            "\(parts.year ?? 0)-\(NumberText.zeroPadded(parts.month ?? 0, width: 2))-\(NumberText.zeroPadded(parts.day ?? 0, width: 2)) \(clock)"
    }

    private static func sameDay(_ date: Date, _ zone: TimeZone) -> Bool {
        stamp(date, zone, withDate: true).prefix(10)
            == stamp(date, TimeZone(secondsFromGMT: 0) ?? zone, withDate: true).prefix(10)
    }
}
