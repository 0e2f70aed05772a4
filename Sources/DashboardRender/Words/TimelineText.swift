import DashboardModel

/// The words and the colour of a timeline line, chosen from what happened.
public enum TimelineText {
    /// The line's words, e.g. `i-0a in us-east-1b: healthy → unhealthy (Target.Timeout)`.
    public static func message(_ entry: TimelineEntry) -> String {
        switch entry {
        case let .scalingActivity(activity, failure):
            // A failed launch says its cause and zone first: `Failed, no m5.large capacity in us-east-1c: Launching…`.
            guard let failure else { return "\(activity.status.awsCode): \(activity.description)" }
            let zone = failure.zone.map { " in \($0)" } ?? ""
            return
                "\(activity.status.awsCode), \(failure.cause.phrase(instanceType: failure.instanceType))\(zone): \(activity.description)"
        case let .databaseEvent(event):
            return (event.code.map { "\($0) " } ?? "") + event.message
        case let .failover(state, primary, standby):
            let zones = primary.map { ": primary \($0)" + (standby.map { ", standby \($0)" } ?? "") } ?? ""
            return "failover \(state.name)" + zones
        case let .health(target, zone, from, to, reason):
            return "\(target) in \(zone ?? "?"): \(from.rawValue) → \(to.rawValue)" + (reason.map { " (\($0))" } ?? "")
        case let .zoneDown(counts, had):
            return "serves nothing: \(counts.tally)" + (had.map { " (had \($0) healthy)" } ?? "")
        case let .zoneServesAgain(downFor, counts, had):
            return "serves again after \(DurationText.short(downFor)) down: \(counts.tally)"
                + (had.map { " (had \($0) before)" } ?? "")
        case let .alarm(name, state, reason):
            return "→ \(state.rawValue) \(name)" + (reason.map { ": \($0)" } ?? "")
        case let .sourceFailing(failure):
            return "failing: \(failure.message)"
        case .sourceRecovered:
            return "recovered"
        case let .discoveryWarning(warning):
            return CollectorWarningText.line(warning)
        case let .scaled(_, detail), let .scheduleChanged(_, detail):
            return ScalingDetailText.line(detail)
        case let .regionsSwitched(to, from):
            return "watching \(to.joined(separator: ", ")) (was \(from.joined(separator: ", "))); figures start again"
        case let .fault(fault, injection):
            return "fault \(FaultText.name(fault)): \(FaultText.answer(injection))"
        }
    }

    /// The line's colour: a target turning unhealthy, a failed scaling activity or an alarm firing
    /// is critical; a failover or a failing source a warning; the operator's own actions stand out.
    public static func role(_ entry: TimelineEntry) -> StyleRole {
        switch entry {
        case .scaled, .scheduleChanged, .regionsSwitched, .fault: return .accent
        case .sourceRecovered: return .ok
        case .sourceFailing, .discoveryWarning: return .warning
        case let .health(_, _, _, to, _): return to == .unhealthy ? .critical : .normal
        case .zoneDown, .zoneServesAgain: return .normal
        case .failover: return .warning
        case let .databaseEvent(event): return FailoverTracker.isFailoverEvent(event.code) ? .warning : .normal
        case let .scalingActivity(activity, _): return activity.failed ? .critical : .normal
        case let .alarm(_, state, _): return state == .alarm ? .critical : .ok
        }
    }
}
