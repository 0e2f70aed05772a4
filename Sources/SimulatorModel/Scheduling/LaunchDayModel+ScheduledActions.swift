/// Scheduled actions: stored with Auto Scaling's validation, run at their simulated second.
extension LaunchDayModel {
    /// How many scheduled actions a group may have (AWS's quota).
    public static let scheduledActionLimit = 125

    /// Whether `name` is a group of the world (the shop's or an extra service's).
    public func hasGroup(_ name: String) -> Bool {
        name == group.name || extraService(group: name) != nil
    }

    /// The scheduled actions of `groupName` (every group's when nil), in the order they run.
    public func scheduledActions(of groupName: String?) -> [ScheduledAction] {
        scheduledActions.filter { groupName == nil || $0.groupName == groupName }
            .sorted { ($0.startTime, $0.groupName, $0.name) < ($1.startTime, $1.groupName, $1.name) }
    }

    /// `PutScheduledUpdateGroupAction`: creates the action, or updates the one of that name (fields
    /// not given stay as they were), with Auto Scaling's checks. One-time actions only.
    public mutating func putScheduledAction(_ request: ScheduledActionRequest) throws(ScalingError) {
        guard request.recurrence == nil else {
            throw ScalingError(
                message: "Recurrence is not supported by this simulator: it runs one-time scheduled actions only.")
        }
        let index = scheduledActions.firstIndex { $0.groupName == request.groupName && $0.name == request.name }
        let existing = index.map { scheduledActions[$0] }
        if existing == nil,
            scheduledActions.count(where: { $0.groupName == request.groupName }) >= Self.scheduledActionLimit
        {
            throw ScalingError(
                code: "LimitExceeded",
                message:
                    "You have reached the limit of \(Self.scheduledActionLimit) scheduled actions for the Auto Scaling group \(request.groupName)."
            )
        }
        guard let start = request.startTime ?? existing?.startTime else {
            throw ScalingError(message: "Either StartTime, Time or Recurrence must be specified.")
        }
        if request.startTime != nil, start < now {
            throw ScalingError(message: "Given start time is in the past")
        }
        let end = request.endTime ?? existing?.endTime
        if let end, end <= start {
            throw ScalingError(message: "Start time should be before the end time.")
        }
        let minSize = request.minSize ?? existing?.minSize
        let maxSize = request.maxSize ?? existing?.maxSize
        let desired = request.desiredCapacity ?? existing?.desiredCapacity
        guard minSize != nil || maxSize != nil || desired != nil else {
            throw ScalingError(message: "At least one of MinSize, MaxSize or DesiredCapacity must be specified.")
        }
        if [minSize, maxSize, desired].contains(where: { ($0 ?? 0) < 0 }) {
            throw ScalingError(message: "Group size values must be non-negative.")
        }
        if let minSize, let maxSize, minSize > maxSize {
            throw ScalingError(message: "Max bound, \(maxSize), must be greater than or equal to min bound, \(minSize)")
        }
        if let desired, desired < (minSize ?? 0) || desired > (maxSize ?? Int.max) {
            throw ScalingError(
                message:
                    "Desired capacity:\(desired) must be between the specified min size:\(minSize.map(String.init) ?? "unset") and max size:\(maxSize.map(String.init) ?? "unset")"
            )
        }
        let action = ScheduledAction(
            groupName: request.groupName, name: request.name, id: existing?.id ?? rng.uuid(), startTime: start,
            endTime: end, minSize: minSize, maxSize: maxSize, desiredCapacity: desired,
            timeZone: request.timeZone ?? existing?.timeZone)
        if let index { scheduledActions[index] = action } else { scheduledActions.append(action) }
    }

    /// `DeleteScheduledAction`: removes the action, or says it is not there as Auto Scaling does.
    public mutating func deleteScheduledAction(group groupName: String, name: String) throws(ScalingError) {
        guard let index = scheduledActions.firstIndex(where: { $0.groupName == groupName && $0.name == name }) else {
            throw ScalingError(message: "Scheduled action name not found")
        }
        scheduledActions.remove(at: index)
    }

    /// Runs every action whose time has come, then forgets it (a one-time action runs once). An action
    /// whose group has `ScheduledActions` suspended, or whose values the group refuses, is dropped.
    mutating func runScheduledActions() {
        guard scheduledActions.contains(where: { $0.startTime <= now }) else { return }
        let due = scheduledActions(of: nil).filter { $0.startTime <= now }
        scheduledActions.removeAll { $0.startTime <= now }
        for action in due where !isSuspended("ScheduledActions", group: action.groupName) {
            if let extra = extraService(group: action.groupName) {
                try? updateExtra(
                    extra, minSize: action.minSize, maxSize: action.maxSize, desiredCapacity: action.desiredCapacity)
                continue
            }
            guard action.groupName == group.name else { continue }
            let before = group.desiredCapacity
            do {
                try group.update(
                    minSize: action.minSize, maxSize: action.maxSize, desiredCapacity: action.desiredCapacity)
            } catch {
                continue
            }
            if group.desiredCapacity != before {
                pendingCause =
                    "At \(timestamp(now)) a scheduled action update of AutoScalingGroup constraints to min: \(group.minSize), max: \(group.maxSize), desired: \(group.desiredCapacity) changing the desired capacity from \(before) to \(group.desiredCapacity)."
            }
        }
    }
}
