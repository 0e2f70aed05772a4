import Foundation

/// A checked scaling change: what it will do, what stops it, what to warn about.
public struct ScalingPlan: Sendable, Equatable {
    /// The request as asked.
    public var request: ScalingRequest
    /// The group's region.
    public var region: String
    /// The limits when the plan was made (the group is read again before applying and must still match).
    public var before: ScalingLimits
    /// The limits after the change, with AWS's own adjustment of desired capacity to a new min or max.
    public var after: ScalingLimits
    /// Why the change cannot be sent; it is never sent while any exist.
    public var refusals: [ScalingRefusal]
    /// Things the operator must know before confirming.
    public var warnings: [ScalingWarning]
    /// Instances the change will launch.
    public var launches: Int
    /// Instances the change will terminate.
    public var terminations: Int
    /// The change in USD per hour, when the instance price is known.
    public var costDeltaPerHour: Double?
    /// Whether the operator must type the group's name to confirm (a shrink of more than half).
    public var requiresTypedName: Bool
    /// Room in the Standard On-Demand vCPU quota for the group's instance type; nil when unknown or
    /// when the type counts against another quota.
    public var quotaRoom: QuotaRoom? = nil
    /// Scheduled actions that run within `ScalingPlanner.scheduleWindow` and set other limits than
    /// this change does: they will override it. Soonest first.
    public var scheduledOverrides: [ScheduledActionSummary] = []
    /// Whether the group's scheduled actions could not be read, so one may override the change unseen.
    public var scheduledActionsUnknown = false

    /// Whether it can be applied.
    public var isApplicable: Bool { refusals.isEmpty }
}

/// Checks a scaling request against the group before any request is sent.
public enum ScalingPlanner {
    /// How far ahead a scheduled action is looked for: one that runs within this many seconds overrides the change.
    public static let scheduleWindow: TimeInterval = 3_600

    /// Plans `request` against `group` as it is now, pricing instances with `prices`.
    /// `quotaRoom`, when known, is the room in the vCPU quota for the group's instance type: the plan
    /// shows it and warns when the change launches more than fit. With `now`, also the scheduled
    /// actions that will override it within `scheduleWindow`.
    public static func plan(
        _ request: ScalingRequest, group: AutoScalingGroupStatus, prices: PriceTable,
        quotaRoom: ScalingPlan.QuotaRoom? = nil, now: Date? = nil
    ) -> ScalingPlan {
        let before = ScalingLimits(of: group)
        var refusals: [ScalingRefusal] = []
        var warnings: [ScalingWarning] = []
        for (field, value) in [(ScalingField.min, request.min), (.max, request.max), (.desired, request.desired)] {
            if let value, value < 0 { refusals.append(.negative(field, value)) }
        }
        let newMin = request.min ?? before.min
        let newMax = request.max ?? before.max
        var newDesired: Int
        if newMin > newMax { refusals.append(.minAboveMax(min: newMin, max: newMax)) }
        if let desired = request.desired {
            newDesired = desired
            if desired < newMin || desired > newMax {
                refusals.append(.desiredOutsideLimits(desired: desired, min: newMin, max: newMax))
            }
        } else {
            newDesired = Swift.min(Swift.max(before.desired, newMin), Swift.max(newMin, newMax))
            if newDesired != before.desired {
                warnings.append(.desiredFitted(from: before.desired, to: newDesired))
            }
        }
        let after = ScalingLimits(min: newMin, max: newMax, desired: newDesired)
        if request.isEmpty || after == before { refusals.append(.nothingChanges) }
        if after.desired != before.desired, let policy = group.overridingPolicies.first {
            warnings.append(.policyWillMove(name: policy.name, type: policy.type))
        } else if after.desired != before.desired, !group.policiesKnown {
            warnings.append(.policiesUnknown)
        }
        if after.desired == after.max && after.desired > before.desired {
            warnings.append(.reachesCeiling)
        }
        let suspended = Set(group.suspendedProcesses)
        if after.desired > before.desired && suspended.contains("Launch") {
            refusals.append(.launchSuspended(group: group.name))
        }
        if after.desired < before.desired && suspended.contains("Terminate") {
            warnings.append(.terminateSuspended)
        }
        if suspended.contains("AlarmNotification") {
            warnings.append(.alarmNotificationSuspended)
        }
        let others = suspended.subtracting(["Launch", "Terminate", "AlarmNotification"]).sorted()
        if !others.isEmpty { warnings.append(.suspended(others)) }
        if group.hasWarmPool && after.desired > before.desired {
            warnings.append(.warmPool)
        }
        // A max below what is in service makes AWS terminate the difference.
        let cutInService = Swift.max(0, group.inService - after.max)
        if after.max < before.max && cutInService > 0 {
            warnings.append(.maxBelowInService(max: after.max, inService: group.inService, terminated: cutInService))
        }
        let shrinksByHalf = after.desired * 2 < before.desired || cutInService * 2 > group.inService
        if shrinksByHalf {
            warnings.append(.shrinksByHalf)
        }
        let launches = Swift.max(0, after.desired - before.desired)
        if let quotaRoom, launches > quotaRoom.fit {
            warnings.append(
                .vcpuQuotaRoom(fit: quotaRoom.fit, instanceType: quotaRoom.instanceType, launches: launches))
        }
        let terminations = Swift.max(0, before.desired - after.desired)
        let types = Dictionary(grouping: group.instances.compactMap(\.instanceType), by: { $0 }).mapValues(\.count)
        let commonType = types.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
        let price = commonType.flatMap { prices.instanceHour($0, region: group.region) }
        var plan = ScalingPlan(
            request: request, region: group.region, before: before, after: after, refusals: refusals,
            warnings: warnings,
            launches: launches, terminations: terminations,
            costDeltaPerHour: price.map { $0 * Double(after.desired - before.desired) },
            requiresTypedName: shrinksByHalf, quotaRoom: quotaRoom)
        if let now {
            plan.scheduledOverrides = group.scheduledActions.filter {
                $0.runs(within: scheduleWindow, of: now) && $0.overrides(after)
            }
            plan.scheduledActionsUnknown = !group.scheduledActionsKnown
        }
        return plan
    }
}
