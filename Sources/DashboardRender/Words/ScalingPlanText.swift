import DashboardModel

/// The words of a scaling plan: the dialog's lines, for the dashboard and `flightdeck scale`.
public enum ScalingPlanText {
    /// Before and after, instances, cost, warnings and refusals.
    public static func lines(_ plan: ScalingPlan) -> [String] {
        var lines = ["\(plan.request.group) (\(plan.region))"]
        let (before, after) = (plan.before, plan.after)
        for (name, old, new) in [
            ("min", before.min, after.min), ("desired", before.desired, after.desired), ("max", before.max, after.max)
        ] {
            lines.append(old == new ? "  \(name) \(old)" : "  \(name) \(old) → \(new)")
        }
        if plan.launches > 0 { lines.append("launches \(plan.launches) instance\(plan.launches == 1 ? "" : "s")") }
        if plan.terminations > 0 {
            lines.append("terminates \(plan.terminations) instance\(plan.terminations == 1 ? "" : "s")")
        }
        if let delta = plan.costDeltaPerHour, delta != 0 {
            lines.append("cost \(delta > 0 ? "+" : "-")$\(NumberText.fixed(abs(delta), decimals: 3))/h")
        }
        if let room = plan.quotaRoom {
            let source = room.source == .awsDefault ? " (AWS default)" : ""
            lines.append(
                "vCPU quota \(room.quota)\(source), in use \(room.inUse): \(room.fit) more \(room.instanceType) fit")
        }
        lines += plan.warnings.map { "warning: \(warning($0))" }
        lines += plan.refusals.map { "cannot apply: \(refusal($0))" }
        return lines
    }

    /// Why the vCPU quota was not checked: one line per fact that could not be read, naming its call.
    public static func quotaUnchecked(_ missing: [MissingFact]) -> [String] {
        missing.map {
            "vCPU quota not checked: \($0.failure.action ?? "a read") \($0.failure.reportedKind): \($0.failure.message)"
        }
    }

    /// One warning, e.g. `policy cpu70 (TargetTrackingScaling) will move desired capacity again`.
    public static func warning(_ warning: ScalingWarning) -> String {
        switch warning {
        case let .desiredFitted(from, to):
            return "AWS moves desired \(from) to \(to) to fit the new \(to > from ? "min" : "max")"
        case let .policyWillMove(name, type):
            return "policy \(name) (\(type.awsName)) will move desired capacity again"
        case .policiesUnknown:
            return "the group's policies could not be read: a policy may move desired capacity again"
        case .reachesCeiling:
            return "the group will be at its ceiling: it cannot scale out further"
        case .terminateSuspended:
            return "Terminate is suspended: nothing is terminated until it is resumed"
        case .alarmNotificationSuspended:
            return "AlarmNotification is suspended: the scaling policies do not act on their alarms"
        case let .suspended(processes):
            return "suspended: " + processes.joined(separator: ", ")
        case .warmPool:
            return "the group has a warm pool: new instances come from it first"
        case let .maxBelowInService(max, inService, terminated):
            return "max \(max) is below the \(inService) in service: AWS terminates \(terminated)"
        case .shrinksByHalf:
            return "shrinks the group by more than half"
        case let .vcpuQuotaRoom(fit, instanceType, launches):
            return
                "the vCPU quota holds \(fit) more \(instanceType), not \(launches): EC2 refuses the other \(launches - fit) launches"
        case let .staleFigures(staleness):
            return
                "these figures are \(StalenessText.words(staleness)); the group is read again before anything is sent"
        case let .movedSinceDialog(group, from, to, mover):
            return moved(group, from: from, to: to, by: mover) + "; this is the same change against it, offered again"
        }
    }

    /// One refusal, e.g. `min 8 is above max 4`.
    public static func refusal(_ refusal: ScalingRefusal) -> String {
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

    /// `min 2 desired 4 max 20`.
    public static func limits(_ limits: ScalingLimits) -> String {
        "min \(limits.min) desired \(limits.desired) max \(limits.max)"
    }

    /// `policy web-cpu70`, `a scheduled action`, ...
    public static func mover(_ mover: ScalingMover) -> String {
        switch mover {
        case let .policy(name): return "policy \(name)"
        case .scheduledAction: return "a scheduled action"
        case .userRequest: return "a user request (the console, a script or another operator)"
        case .healthReplacement: return "a health check replacement"
        case .unknown: return "something the activity log does not name"
        }
    }

    /// `web-asg moved from min 2 desired 6 max 20 to min 2 desired 9 max 20 (by policy cpu70)`.
    static func moved(_ group: String, from: ScalingLimits, to: ScalingLimits, by mover: ScalingMover?) -> String {
        "\(group) moved from \(limits(from)) to \(limits(to))" + (mover.map { " (by \(Self.mover($0)))" } ?? "")
    }
}
