import DashboardModel
import Foundation

extension ScheduleText {
    /// The confirmation of a schedule: when it starts and ends (local and UTC), the limits while it
    /// holds, what the start launches, the cost per hour while it holds, the entries, and what to know.
    public static func planLines(_ plan: SchedulePlan, now: Date, timeZone: TimeZone) -> [String] {
        let change = plan.change
        let request = plan.request
        var lines = ["\(request.group) (\(change.region))"]
        lines.append(
            "from  " + time(request.at, timeZone: timeZone, withDate: true)
                + (request.at > now ? ", in " + DurationText.short(request.at.timeIntervalSince(now)) : ""))
        if let until = request.until {
            lines.append(
                "until " + time(until, timeZone: timeZone, withDate: true) + ": put back to "
                    + limits(plan.entries[plan.entries.count - 1].summary))
        } else {
            lines.append("no end: the new limits stay until changed")
        }
        for (name, old, new) in [
            ("min", change.before.min, change.after.min), ("desired", change.before.desired, change.after.desired),
            ("max", change.before.max, change.after.max)
        ] {
            lines.append(old == new ? "  \(name) \(old)" : "  \(name) \(old) → \(new)")
        }
        if change.launches > 0 {
            lines.append("at the start: launches \(change.launches) instance\(change.launches == 1 ? "" : "s")")
        }
        if change.terminations > 0 {
            lines.append(
                "at the start: terminates \(change.terminations) instance\(change.terminations == 1 ? "" : "s")")
        }
        if let cost = change.costDeltaPerHour, cost != 0 {
            lines.append("cost while it holds \(cost > 0 ? "+" : "-")$\(NumberText.fixed(abs(cost), decimals: 3))/h")
        }
        lines += plan.entries.map { "scheduled action \($0.name): \(limits($0.summary))" }
        lines.append("figures as the group is now; it may have moved by then")
        lines += change.warnings.map { "warning: " + ScalingPlanText.warning($0) }
        lines += plan.otherActions.map {
            "warning: scheduled action \($0.name) also runs while it holds: " + line($0, now: now, timeZone: timeZone)
        }
        if plan.actionsUnknown {
            lines.append("warning: the group's scheduled actions could not be read: others may run while it holds")
        }
        lines += change.refusals.map { "cannot schedule: " + ScalingPlanText.refusal($0) }
        lines += plan.problems.map { "cannot schedule: " + problem($0, now: now, timeZone: timeZone) }
        return lines
    }

    /// One problem in words.
    public static func problem(_ problem: ScheduleProblem, now: Date, timeZone: TimeZone) -> String {
        switch problem {
        case let .startNotInFuture(start):
            return
                "the start, \(time(start, timeZone: timeZone, withDate: true)), is not in the future (now \(time(now, timeZone: timeZone, withDate: true)))"
        case let .untilNotAfterStart(until, start):
            return
                "until \(time(until, timeZone: timeZone, withDate: true)) is not after the start \(time(start, timeZone: timeZone, withDate: true))"
        case let .nameTaken(name):
            return "the group has a scheduled action named \(name) already (delete it first)"
        }
    }
}

extension ScheduleText {
    /// The deletion's confirmation: the group, the action and what deleting it means.
    public static func deletionLines(
        group: String, region: String, action: ScheduledActionSummary, now: Date, timeZone: TimeZone
    ) -> [String] {
        [
            "\(group) (\(region))", line(action, now: now, timeZone: timeZone),
            "it will not run; the group keeps the limits it has"
        ]
    }
}
