/// A message over the panels that stays until a key is pressed; `DashboardRender` words it.
public enum Notice: Sendable, Equatable {
    /// A scaling key was pressed with no group selected.
    case noGroupSelected
    /// A limit prompt's text is not a whole number.
    case notANumber(String)
    /// The `:` line could not be read.
    case command(CommandLineError)
    /// `:fault` outside the demo.
    case faultsOnlyInDemo
    /// A scaling change asked for in read-only mode.
    case readOnly
    /// A scaling change was confirmed but the dashboard has no executor (scaling is off).
    case scalingOff
    /// No watched group has this name.
    case unknownGroup(String)
    /// A change to this group is being applied.
    case busy(String)
    /// The plan cannot apply (its refusals say why).
    case cannotScale(ScalingPlan)
    /// The group moved under the dialog and the same change no longer applies against it.
    case movedAndInvalid(ScalingPlan)
    /// The group moved `moves` times in a row while the operator confirmed; the offers stop.
    case movingTooFast(group: String, from: ScalingLimits, to: ScalingLimits, by: ScalingMover?, moves: Int)
    /// A confirmed change is being applied (the group is read again first).
    case applying(group: String)
    /// A change ended: its result, what happened, AWS's request id and why its audit record could not be written.
    case scaled(
        group: String, ScalingResult, detail: ScalingDetail, requestID: String?, auditError: AuditWriteFailure?)
    /// A theme could not be loaded, in the loader's words.
    case theme(String)
    /// These regions can be watched only after a restart.
    case regionsNeedRestart([String])
    /// A region switch was refused, with why and what is still watched.
    case regionsRefused(reason: String, watching: [String])
    /// A schedule asked for in read-only mode.
    case schedulingReadOnly
    /// A scheduled action's deletion asked for in read-only mode.
    case deletionReadOnly
    /// A schedule was confirmed but the dashboard has no executor (scheduling is off).
    case schedulingOff
    /// `x` outside an Auto Scaling group's zoom.
    case zoomForScheduledActions
    /// The zoomed group has no scheduled actions.
    case noScheduledActions(group: String)
    /// The zoomed group's scheduled actions could not be read.
    case scheduledActionsUnreadable(group: String)
    /// A `:prewarm` time could not be read, as typed.
    case notATime(String)
    /// The pre-warm cannot be scheduled (its refusals and problems say why).
    case cannotSchedule(SchedulePlan)
    /// A confirmed pre-warm's entries are being put.
    case scheduling(group: String, entries: Int)
    /// A confirmed deletion is being sent.
    case deleting(group: String, action: String)
    /// A schedule or deletion ended: its result, what happened to each entry tried, the start left
    /// scheduled when its end failed, and why an audit record could not be written.
    case scheduled(
        group: String, ScalingResult, details: [ScalingDetail], unfinishedStart: String?,
        auditError: AuditWriteFailure?)
}
