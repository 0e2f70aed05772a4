/// Something the operator must know before confirming a scaling change; `DashboardRender` words it.
public enum ScalingWarning: Sendable, Equatable {
    /// A new min or max moves desired capacity `from` one figure `to` another (AWS's own adjustment).
    case desiredFitted(from: Int, to: Int)
    /// A policy of this name and type will move desired capacity again.
    case policyWillMove(name: String, type: ScalingPolicyType)
    /// The group's policies could not be read: one may move desired capacity again.
    case policiesUnknown
    /// Desired capacity reaches max: the group cannot scale out further.
    case reachesCeiling
    /// Terminate is suspended: nothing is terminated until it is resumed.
    case terminateSuspended
    /// AlarmNotification is suspended: the policies do not act on their alarms.
    case alarmNotificationSuspended
    /// Other suspended processes, by name.
    case suspended([String])
    /// New instances come from the group's warm pool first.
    case warmPool
    /// A max below the instances in service: AWS terminates the difference.
    case maxBelowInService(max: Int, inService: Int, terminated: Int)
    /// The change shrinks the group by more than half.
    case shrinksByHalf
    /// The vCPU quota holds only `fit` more of the type, fewer than the change `launches`: EC2 refuses the rest.
    case vcpuQuotaRoom(fit: Int, instanceType: String, launches: Int)
    /// The plan starts from figures that are stale, and why (the group is read again before anything is sent).
    case staleFigures(Staleness)
    /// The group moved between the dialog and the change; this is the same change against it, offered again.
    case movedSinceDialog(group: String, from: ScalingLimits, to: ScalingLimits, by: ScalingMover?)
}
