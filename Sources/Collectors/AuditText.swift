import DashboardModel

/// The audit file's words for a record's detail. The file's format is fixed: the same facts make the
/// same words, whatever the screen says (`DashboardRender`'s words for these facts read the same today,
/// but they are the screen's to change). A test pins every case's words.
public enum AuditText {
    /// The detail's words, e.g. `applied: min 2 desired 4 max 20 → min 2 desired 6 max 20`.
    public static func detail(_ detail: ScalingDetail) -> String {
        switch detail {
        case let .refused(refusals):
            return "not applied: " + refusals.map(refusal).joined(separator: "; ")
        case let .noClient(region):
            return "not applied: no client for region \(region)"
        case let .groupGone(group):
            return "not applied: group \(group) no longer exists"
        case let .unreadable(group, tries, waited, reason):
            let attempts = tries > 1 ? " (\(tries) tries over \(waited) s)" : ""
            return
                "not applied: \(group) could not be read before the change\(attempts), so nothing was sent: \(reason)"
        case let .moved(group, to, by):
            return "not applied: \(group) changed since the dialog opened (now \(limits(to)))"
                + (by.map { ", moved by \(mover($0))" } ?? "")
        case let .applied(from, to):
            return "applied: \(limits(from)) → \(limits(to))"
        case let .appliedWithoutReply(after):
            return "applied (no reply, confirmed by reading the group again): \(limits(after))"
        case let .failedWithoutReply(reason, groupNow):
            return "failed: \(reason); the group reads \(groupNow.map(limits) ?? "unknown"), not resent"
        case let .awsError(code, message):
            return "failed: \(code): \(message)"
        case let .failed(reason):
            return "failed: \(reason)"
        case let .scheduleRefused(refusals, problems):
            return "not scheduled: " + (refusals.map(refusal) + problems.map(problem)).joined(separator: "; ")
        case let .scheduleNoClient(region):
            return "not scheduled: no client for region \(region)"
        case let .nameTaken(group, name):
            return "not scheduled: \(group) has a scheduled action named \(name) already"
        case let .scheduled(name):
            return "scheduled \(name)"
        case let .scheduledWithoutReply(name):
            return "scheduled \(name) (no reply, confirmed by listing it)"
        case let .scheduleFailedWithoutReply(reason):
            return "failed: \(reason); not resent"
        case let .deletionNoClient(region):
            return "not deleted: no client for region \(region)"
        case let .deleted(name, group):
            return "deleted scheduled action \(name) of \(group)"
        case let .recorded(words):
            return words
        }
    }

    /// A planner's refusal, e.g. `min 8 is above max 4`.
    static func refusal(_ refusal: ScalingRefusal) -> String {
        switch refusal {
        case let .negative(field, value):
            return "\(field.rawValue) cannot be negative (\(value))"
        case let .minAboveMax(min, max):
            return "min \(min) is above max \(max)"
        case let .desiredOutsideLimits(desired, min, max):
            return "desired \(desired) is outside min..max \(min)..\(max)"
        case .nothingChanges:
            return "nothing changes"
        case let .launchSuspended(group):
            return "Launch is suspended on \(group): a higher desired capacity would launch nothing "
                + "(resume it first: aws autoscaling resume-processes --scaling-processes Launch)"
        }
    }

    /// A schedule's problem, without its times.
    static func problem(_ problem: ScheduleProblem) -> String {
        switch problem {
        case .startNotInFuture: return "the start is not in the future"
        case .untilNotAfterStart: return "the end is not after the start"
        case let .nameTaken(name): return "a scheduled action named \(name) exists already"
        }
    }

    /// `min 2 desired 4 max 20`.
    static func limits(_ limits: ScalingLimits) -> String {
        "min \(limits.min) desired \(limits.desired) max \(limits.max)"
    }

    /// `policy web-cpu70`, `a scheduled action`, ...
    static func mover(_ mover: ScalingMover) -> String {
        switch mover {
        case let .policy(name): return "policy \(name)"
        case .scheduledAction: return "a scheduled action"
        case .userRequest: return "a user request (the console, a script or another operator)"
        case .healthReplacement: return "a health check replacement"
        case .unknown: return "something the activity log does not name"
        }
    }
}
