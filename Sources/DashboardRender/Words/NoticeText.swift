import DashboardModel

/// The title and lines of a notice over the panels.
public enum NoticeText {
    /// The notice's title and its lines.
    public static func words(_ notice: Notice) -> (title: String, lines: [String]) {
        switch notice {
        case .noGroupSelected:
            return ("No group selected", ["Select an Auto Scaling group first (Tab to the Auto Scaling panel)."])
        case let .notANumber(text):
            return ("Not a number", ["'\(text)' is not a whole number; nothing was changed."])
        case let .command(error):
            return ("Command", [error.message])
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
            return ("Not applied: \(group) is moving too fast", [
                ScalingPlanText.moved(group, from: from, to: to, by: mover), "It changed \(moves) times while you confirmed; nothing was sent.",
                "Change it by raising min or max instead: those hold while the policy moves desired capacity.",
            ])
        case let .applying(group):
            return ("Applying", ["Reading \(group) again, then applying…"])
        case let .scaled(group, result, detail, requestID, auditError):
            return ("Scale \(group): \(result.rawValue)", [detail] + (requestID.map { ["request id \($0)"] } ?? []) + (auditError.map { [$0] } ?? []))
        case let .theme(error):
            return ("Theme", [error])
        case let .regionsNeedRestart(regions):
            return ("Regions", ["Restart with --region \(regions.joined(separator: " --region ")) to watch other regions."])
        case let .regionsRefused(reason, watching):
            return ("Regions", [reason, "Still watching \(watching.joined(separator: ", "))."])
        }
    }
}
