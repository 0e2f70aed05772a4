import DashboardModel

/// The words of what became of a scaling or scheduled-action change, for the result notice, the
/// timeline and `flightdeck scale`/`schedule`. They read as the audit file's words for the same facts,
/// which the audit log's encoder makes apart (the file's format is fixed; these words may change).
public enum ScalingDetailText {
    /// One line, e.g. `applied: min 2 desired 4 max 20 → min 2 desired 6 max 20`.
    public static func line(_ detail: ScalingDetail) -> String {
        switch detail {
        case let .refused(refusals):
            return "not applied: " + refusals.map(ScalingPlanText.refusal).joined(separator: "; ")
        case let .noClient(region):
            return "not applied: no client for region \(region)"
        case let .groupGone(group):
            return "not applied: group \(group) no longer exists"
        case let .unreadable(group, tries, waited, reason):
            let attempts = tries > 1 ? " (\(tries) tries over \(waited) s)" : ""
            return
                "not applied: \(group) could not be read before the change\(attempts), so nothing was sent: \(reason)"
        case let .moved(group, to, mover):
            return "not applied: \(group) changed since the dialog opened (now \(ScalingPlanText.limits(to)))"
                + (mover.map { ", moved by \(ScalingPlanText.mover($0))" } ?? "")
        case let .applied(from, to):
            return "applied: \(ScalingPlanText.limits(from)) → \(ScalingPlanText.limits(to))"
        case let .appliedWithoutReply(limits):
            return "applied (no reply, confirmed by reading the group again): \(ScalingPlanText.limits(limits))"
        case let .failedWithoutReply(reason, groupNow):
            return "failed: \(reason); the group reads \(groupNow.map(ScalingPlanText.limits) ?? "unknown"), not resent"
        case let .awsError(code, message):
            return "failed: \(code): \(message)"
        case let .failed(reason):
            return "failed: \(reason)"
        case let .scheduleRefused(refusals, problems):
            return "not scheduled: "
                + (refusals.map(ScalingPlanText.refusal) + problems.map(problem)).joined(separator: "; ")
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

    /// A schedule's problem in one short phrase, with no times (the plan's lines give those).
    static func problem(_ problem: ScheduleProblem) -> String {
        switch problem {
        case .startNotInFuture: return "the start is not in the future"
        case .untilNotAfterStart: return "the end is not after the start"
        case let .nameTaken(name): return "a scheduled action named \(name) exists already"
        }
    }

    /// A start left scheduled when its end failed, and how to undo it.
    public static func unfinishedStart(_ start: String, group: String) -> String {
        "the start \(start) is scheduled but its end is not: delete it "
            + "(flightdeck schedule \(group) --delete \(start)) or schedule the end again"
    }

    /// Why the audit record could not be written, e.g. `audit log: cannot open /x/audit.jsonl: Permission denied`.
    public static func auditFailure(_ failure: AuditWriteFailure) -> String {
        switch failure {
        case let .cannotEncode(reason): return "audit log: \(reason)"
        case let .cannotCreateFolder(path, reason): return "audit log: cannot create \(path): \(reason)"
        case let .cannotOpen(path, reason): return "audit log: cannot open \(path): \(reason)"
        case let .shortWrite(path, reason): return "audit log: short write to \(path): \(reason)"
        case let .cannotSync(path, reason): return "audit log: cannot sync \(path): \(reason)"
        }
    }
}
