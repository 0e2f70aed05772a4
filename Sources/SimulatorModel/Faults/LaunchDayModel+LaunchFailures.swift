/// Launches EC2 refuses: no capacity of the instance type in a zone, or the account's vCPU quota.
extension LaunchDayModel {
    /// Seconds before Auto Scaling tries a refused launch again (a zone without capacity, or the quota).
    static let launchRetryInterval = 60.0

    /// Why EC2 refused a launch.
    enum LaunchRefusal: Equatable {
        /// No capacity in the zone: Auto Scaling tries its other zones.
        case capacity
        /// The vCPU quota: no zone helps.
        case quota
    }

    /// vCPUs the account's pending and running instances hold: the shop's group and the quiet services'.
    public var vcpusInUse: Int {
        group.activeInstances.count * config.vcpusPerInstance
            + extraServices.map(\.desiredCapacity).reduce(0, +)
            * (InstanceTypeCatalog.vcpus[ExtraService.instanceType] ?? 2)
    }

    /// Whether launches avoid `zone` for now: it had no capacity at the last try.
    func isAvoided(_ zone: String) -> Bool {
        capacityRetryAt[zone].map { now < $0 } ?? false
    }

    /// Whether EC2 refuses one more instance in `zone`; a refusal is recorded as a failed activity
    /// with EC2's message (once per retry interval for the quota, which then waits silently).
    mutating func launchRefusal(into zone: String, cause: String) -> LaunchRefusal? {
        if let quota = vcpuQuota, vcpusInUse + config.vcpusPerInstance > quota {
            if let retry = launchesRetryAt, now < retry { return .quota }
            launchesRetryAt = now + Self.launchRetryInterval
            recordFailedLaunch(in: zone, cause: cause, message: vcpuQuotaMessage(quota))
            return .quota
        }
        launchesRetryAt = nil
        if capacityShortages[zone] != nil {
            capacityRetryAt[zone] = now + Self.launchRetryInterval
            recordFailedLaunch(in: zone, cause: cause, message: capacityMessage(zone))
            return .capacity
        }
        return nil
    }

    /// While every zone of the group is down, the launch Auto Scaling tries fails in the zone it picks
    /// (the least used one not tried this minute) with EC2's capacity message, and that zone is left a
    /// minute: about one failed activity per zone a minute, as on AWS, instead of launching nothing quietly.
    mutating func refuseLaunchWhileEveryZoneIsDown(cause: String) {
        guard !group.zones.isEmpty, group.zones.allSatisfy(isDown) else { return }
        let active = group.activeInstances
        let untried = group.zones.filter { !isAvoided($0) }
        guard
            let zone = untried.min(by: { zone, other in
                active.filter { $0.zone == zone }.count < active.filter { $0.zone == other }.count
            })
        else { return }
        capacityRetryAt[zone] = now + Self.launchRetryInterval
        recordFailedLaunch(in: zone, cause: cause, message: capacityMessage(zone))
    }

    /// A launch activity that failed at once, as Auto Scaling lists it.
    mutating func recordFailedLaunch(in zone: String, cause: String, message: String) {
        group.activities.append(
            ScalingActivityRecord(
                id: rng.uuid(), description: "Launching a new EC2 instance.  Status Reason: \(message)", cause: cause,
                startedAt: now, endedAt: now, status: .failed, progress: 100, instanceID: "",
                details: details(zone: zone),
                statusMessage: message))
    }

    /// EC2's InsufficientInstanceCapacity message, naming the zones that do have capacity.
    func capacityMessage(_ zone: String) -> String {
        let type = config.instanceType
        let others = group.zones.filter { $0 != zone && capacityShortages[$0] == nil && !isDown($0) }
        let elsewhere = others.isEmpty ? "" : " or choosing \(others.joined(separator: ", "))"
        return
            "We currently do not have sufficient \(type) capacity in the Availability Zone you requested (\(zone)). Our system will be working on provisioning additional capacity. You can currently get \(type) capacity by not specifying an Availability Zone in your request\(elsewhere). Launching EC2 instance failed."
    }

    /// EC2's VcpuLimitExceeded message.
    func vcpuQuotaMessage(_ quota: Int) -> String {
        "You have requested more vCPU capacity than your current vCPU limit of \(quota) allows for the instance bucket that the specified instance type belongs to. Please visit http://aws.amazon.com/contact-us/ec2-request to request an adjustment to this limit. Launching EC2 instance failed."
    }
}
