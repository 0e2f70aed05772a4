import DashboardModel
import Foundation

/// The title and lines of a notice over the panels.
public enum NoticeText {
    /// The notice's title and its lines; times (a refused schedule's) are worded at `now` in `timeZone` and UTC.
    public static func words(_ notice: Notice, now: Date, timeZone: TimeZone) -> (title: String, lines: [String]) {
        switch notice {
        case .noGroupSelected:
            return ("No group selected", ["Select an Auto Scaling group first (Tab to the Auto Scaling panel)."])
        case let .notANumber(text):
            return ("Not a number", ["'\(text)' is not a whole number; nothing was changed."])
        case let .command(error):
            return ("Command", [CommandLineText.message(error)])
        case .faultsOnlyInDemo:
            return ("Faults", ["Faults can only be injected into the simulation (flightdeck demo)."])
        case .readOnly:
            return ("Read-only", ["Flightdeck runs read-only: scaling changes are off."])
        case .scalingOff:
            return ("Read-only", ["Scaling is off."])
        case let .unknownGroup(name):
            return ("Unknown group", ["No Auto Scaling group named \(name) is being watched."])
        case let .busy(name):
            return ("Busy", ["A change to \(name) is being applied; wait for its result."])
        case let .cannotScale(plan):
            return ("Cannot scale \(plan.request.group)", ScalingPlanText.lines(plan))
        case let .movedAndInvalid(plan):
            return ("Not applied: \(plan.request.group) moved", ScalingPlanText.lines(plan))
        case let .movingTooFast(group, from, to, mover, moves):
            return (
                "Not applied: \(group) is moving too fast",
                [
                    ScalingPlanText.moved(group, from: from, to: to, by: mover),
                    "It changed \(moves) times while you confirmed; nothing was sent.",
                    "Change it by raising min or max instead: those hold while the policy moves desired capacity."
                ]
            )
        case let .applying(group):
            return ("Applying", ["Reading \(group) again, then applying…"])
        case let .scaled(group, result, detail, requestID, auditError):
            return (
                "Scale \(group): \(result.rawValue)",
                [ScalingDetailText.line(detail)] + (requestID.map { ["request id \($0)"] } ?? [])
                    + (auditError.map { [ScalingDetailText.auditFailure($0)] } ?? [])
            )
        case let .theme(error):
            return ("Theme", [error])
        case let .regionsNeedRestart(regions):
            return (
                "Regions", ["Restart with --region \(regions.joined(separator: " --region ")) to watch other regions."]
            )
        case let .regionsRefused(reason, watching):
            return ("Regions", [reason, "Still watching \(watching.joined(separator: ", "))."])
        case .schedulingReadOnly:
            return ("Read-only", ["Flightdeck runs read-only: scheduling is off."])
        case .deletionReadOnly:
            return ("Read-only", ["Flightdeck runs read-only: scheduled actions cannot be deleted."])
        case .schedulingOff:
            return ("Read-only", ["Scheduling is off."])
        case .zoomForScheduledActions:
            return (
                "Scheduled actions", ["Zoom an Auto Scaling group (Enter) to see and delete its scheduled actions."]
            )
        case let .noScheduledActions(group):
            return ("Scheduled actions", ["\(group) has no scheduled actions."])
        case let .scheduledActionsUnreadable(group):
            return (
                "Scheduled actions", ["The scheduled actions of \(group) could not be read (see the error log, e)."]
            )
        case let .notATime(text):
            return (
                "Not a time",
                [
                    "'\(text)' is not a time: use HH:MM, YYYY-MM-DD HH:MM, or either followed by Z, +01:00 or a zone name; nothing was scheduled."
                ]
            )
        case let .cannotSchedule(plan):
            return ("Cannot schedule \(plan.request.group)", ScheduleText.planLines(plan, now: now, timeZone: timeZone))
        case let .scheduling(group, entries):
            return ("Scheduling", ["Scheduling \(entries) action\(entries == 1 ? "" : "s") on \(group)…"])
        case let .deleting(group, action):
            return ("Deleting", ["Deleting \(action) of \(group)…"])
        case let .scheduled(group, result, details, unfinishedStart, auditError):
            return (
                "\(group): \(result.rawValue)",
                details.map(ScalingDetailText.line)
                    + (unfinishedStart.map { [ScalingDetailText.unfinishedStart($0, group: group)] } ?? [])
                    + (auditError.map { [ScalingDetailText.auditFailure($0)] } ?? [])
            )
        }
    }
}
