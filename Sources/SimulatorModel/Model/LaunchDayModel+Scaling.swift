import Foundation

/// The target-tracking policy, capacity reconciliation and the scaling calls.
extension LaunchDayModel {
    /// The name of the policy's scale-out alarm.
    public var highAlarmName: String {
        "TargetTracking-\(config.groupName)-AlarmHigh-3f9a2b7c-1d4e-4a5b-8c6d-0e1f2a3b4c5d"
    }
    /// The name of the policy's scale-in alarm.
    public var lowAlarmName: String {
        "TargetTracking-\(config.groupName)-AlarmLow-7b2c4d6e-8f0a-4b1c-9d2e-3f4a5b6c7d8e"
    }

    /// Minutes above target before the policy scales out (AWS: 3 one-minute datapoints).
    static let scaleOutMinutes = 3
    /// Minutes below 90% of target before the policy scales in (AWS: 15 one-minute datapoints).
    static let scaleInMinutes = 15
    /// Seconds after any scaling before the policy scales in again.
    static let scaleInCooldown = 300.0

    /// Closes the minute's CPU average and scales out or in as target tracking would.
    mutating func evaluatePolicy() {
        guard policy.minuteCount > 0 else { return }
        let average = policy.minuteSum / policy.minuteCount
        let contributing = group.instances.filter { $0.lifecycle == .inService && $0.target?.state == .healthy }.count
        policy.cpuHistory.append(average)
        if policy.cpuHistory.count > 60 { policy.cpuHistory.removeFirst(policy.cpuHistory.count - 60) }
        policy.minuteSum = 0
        policy.minuteCount = 0
        guard contributing > 0, !isSuspended("AlarmNotification") else { return }
        let target = config.targetCPU
        let needed = Int((Double(contributing) * average / target).rounded(.up))
        let recent = policy.cpuHistory.suffix(Self.scaleOutMinutes)
        if recent.count == Self.scaleOutMinutes, recent.allSatisfy({ $0 > target }) {
            let desired = min(group.maxSize, needed)
            if desired > group.desiredCapacity {
                changeDesired(to: desired, alarm: highAlarmName)
                policy.lastScaleOutAt = now
            }
            return
        }
        let quiet = policy.cpuHistory.suffix(Self.scaleInMinutes)
        if quiet.count == Self.scaleInMinutes, quiet.allSatisfy({ $0 < target * 0.9 }),
            now - policy.lastScaleOutAt >= Self.scaleInCooldown, now - policy.lastScaleInAt >= Self.scaleInCooldown
        {
            let desired = max(group.minSize, needed)
            if desired < group.desiredCapacity {
                changeDesired(to: desired, alarm: lowAlarmName)
                policy.lastScaleInAt = now
            }
        }
    }

    /// Sets desired capacity on the policy's behalf and remembers why.
    mutating func changeDesired(to desired: Int, alarm: String) {
        pendingCause =
            "At \(timestamp(now)) a monitor alarm \(alarm) in state ALARM triggered policy \(config.policyName) changing the desired capacity from \(group.desiredCapacity) to \(desired)."
        group.desiredCapacity = desired
    }

    /// Launches or terminates instances until the active count matches desired capacity (one more
    /// while an AZRebalance launch is pending; no launch while every zone is down).
    mutating func reconcileCapacity() {
        var active = group.activeInstances.count
        let prefix = pendingCause.map { $0 + "  " } ?? ""
        let from = active
        while active < group.desiredCapacity, !isSuspended("Launch"),
            launch(
                cause: prefix
                    + "At \(timestamp(now)) an instance was started in response to a difference between desired and running capacity, increasing the capacity from \(from) to \(group.desiredCapacity)."
            ) != nil
        {
            active += 1
        }
        let ceiling = group.desiredCapacity + (isRebalancing ? 1 : 0)
        while active > ceiling, !isSuspended("Terminate"), let index = instanceToTerminate() {
            let id = group.instances[index].id
            terminate(
                at: index,
                cause: prefix
                    + "At \(timestamp(now)) an instance was taken out of service in response to a difference between desired and running capacity, shrinking the capacity from \(from) to \(group.desiredCapacity).  At \(timestamp(now)) instance \(id) was selected for termination."
            )
            active -= 1
        }
        pendingCause = nil
    }

    /// The default termination policy: the zone with the most active instances, then the oldest instance in it.
    func instanceToTerminate() -> Int? {
        let active = group.activeInstances
        guard !active.isEmpty else { return nil }
        var zone = ""
        var most = -1
        for candidate in group.zones {
            let count = active.filter { $0.zone == candidate }.count
            if count > most {
                most = count
                zone = candidate
            }
        }
        var chosen: Int?
        for (index, instance) in group.instances.enumerated()
        where instance.zone == zone && (instance.lifecycle == .pending || instance.lifecycle == .inService) {
            if let current = chosen, group.instances[current].launchedAt <= instance.launchedAt { continue }
            chosen = index
        }
        return chosen
    }

    /// `SetDesiredCapacity`: validates against the bounds and changes the group.
    public mutating func setDesiredCapacity(_ desired: Int) throws(ScalingError) {
        let before = group.desiredCapacity
        try group.setDesiredCapacity(desired)
        if desired != before {
            pendingCause =
                "At \(timestamp(now)) a user request explicitly set group desired capacity changing the desired capacity from \(before) to \(desired)."
            reconcileCapacity()
        }
    }

    /// `UpdateAutoScalingGroup`: validates min, max and desired together and changes the group.
    public mutating func updateGroup(minSize: Int?, maxSize: Int?, desiredCapacity: Int?) throws(ScalingError) {
        let before = group.desiredCapacity
        try group.update(minSize: minSize, maxSize: maxSize, desiredCapacity: desiredCapacity)
        if group.desiredCapacity != before {
            pendingCause =
                "At \(timestamp(now)) a user request update of AutoScalingGroup constraints to min: \(group.minSize), max: \(group.maxSize), desired: \(group.desiredCapacity) changing the desired capacity from \(before) to \(group.desiredCapacity)."
            reconcileCapacity()
        }
    }
}
