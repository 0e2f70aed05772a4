/// What became of a scaling change, of a schedule's entry or of a scheduled action's deletion, as
/// facts: the audit record's `detail`, the timeline's and the result notice's. AWS's own messages and
/// the failures of lower layers are kept as their text; the words around them are made at the edge
/// (`DashboardRender` for the screen and the CLI, the audit log's encoder for the file).
public enum ScalingDetail: Sendable, Equatable {
    // A scaling change (`ScalingExecutor`).

    /// Not sent: the plan has refusals.
    case refused([ScalingRefusal])
    /// Not sent: no client for the group's region.
    case noClient(region: String)
    /// Not sent: the group no longer exists.
    case groupGone(group: String)
    /// Not sent: the group could not be read before the change, after `tries` reads over `waited`
    /// seconds of pauses; `reason` is the last failure's text.
    case unreadable(group: String, tries: Int, waited: Int, reason: String)
    /// Not sent: the group moved since the plan was made; its limits now, and who moved it when known.
    case moved(group: String, to: ScalingLimits, by: ScalingMover?)
    /// AWS answered that it made the change.
    case applied(from: ScalingLimits, to: ScalingLimits)
    /// No reply came, but a read of the group afterwards shows these limits asked for.
    case appliedWithoutReply(ScalingLimits)
    /// No reply came (`reason` is the transport's failure) and the group does not show the change:
    /// its limits read afterwards, nil when unreadable. Never resent.
    case failedWithoutReply(reason: String, groupNow: ScalingLimits?)

    // Any change.

    /// AWS refused the call: its error code and message.
    case awsError(code: String, message: String)
    /// The call failed otherwise; `reason` is the failure's text.
    case failed(reason: String)

    // A schedule's entry (`ScheduleExecutor.create`).

    /// Not sent: the plan's limits are refused, or its times or names have problems.
    case scheduleRefused([ScalingRefusal], [ScheduleProblem])
    /// Not sent: no client for the group's region.
    case scheduleNoClient(region: String)
    /// Not sent: the group has an action of this name already (read again just before sending).
    case nameTaken(group: String, name: String)
    /// AWS stored the scheduled action.
    case scheduled(name: String)
    /// No reply came, but listing the group's actions afterwards shows it.
    case scheduledWithoutReply(name: String)
    /// No reply came (`reason` is the transport's failure) and the action is not listed. Never resent.
    case scheduleFailedWithoutReply(reason: String)

    // A scheduled action's deletion (`ScheduleExecutor.delete`).

    /// Not sent: no client for the group's region.
    case deletionNoClient(region: String)
    /// AWS deleted the action.
    case deleted(name: String, group: String)

    /// A record read back from an audit file: the file keeps words, not facts, so these are its words.
    case recorded(String)
}
