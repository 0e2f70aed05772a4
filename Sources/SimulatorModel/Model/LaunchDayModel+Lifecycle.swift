/// Instance lifecycles: launch, boot, registration, health checks, termination.
extension LaunchDayModel {
    /// Starts the group warm: `desiredCapacity` instances InService and healthy, launched earlier.
    mutating func seedInitialInstances() {
        for _ in 0..<group.desiredCapacity {
            let zone = zoneForLaunch() ?? group.zones.first ?? config.region + "a"
            var instance = makeInstance(zone: zone, at: -1_800)
            instance.lifecycle = .inService
            var target = TargetHealth(firstCheckAt: 0)
            target.state = .healthy
            target.reason = nil
            target.detail = nil
            target.passes = config.healthyThreshold
            instance.target = target
            instance.cpu = 20
            group.instances.append(instance)
            group.activities.append(
                ScalingActivityRecord(
                    id: rng.uuid(), description: "Launching a new EC2 instance: \(instance.id)",
                    cause:
                        "At \(timestamp(-1_820)) a user request created an AutoScalingGroup changing the desired capacity from 0 to \(group.desiredCapacity).  At \(timestamp(-1_800)) an instance was started in response to a difference between desired and running capacity, increasing the capacity from 0 to \(group.desiredCapacity).",
                    startedAt: -1_800, endedAt: -1_730, status: .successful, progress: 100,
                    instanceID: instance.id, details: details(zone: zone)))
        }
    }

    /// A new pending instance in `zone` launched at `time`, with boot and warm-up drawn at random.
    mutating func makeInstance(zone: String, at time: Double) -> SimInstance {
        let id = "i-0" + rng.hex(16)
        let boot = rng.uniform(60...90).rounded()
        let warmUp = rng.uniform(20...40).rounded()
        addressCounter += 1
        let zoneIndex = config.zones.firstIndex(of: zone) ?? 0
        let ip = "10.0.\(zoneIndex * 16 + 1 + addressCounter / 250).\(4 + addressCounter % 250)"
        return SimInstance(
            id: id, zone: zone, privateIP: ip, launchedAt: time, bootsUntil: time + boot, warmUpSeconds: warmUp)
    }

    /// The `Details` JSON of an activity in `zone`.
    func details(zone: String) -> String {
        "{\"Subnet ID\":\"\(config.subnetID(in: zone))\",\"Availability Zone\":\"\(zone)\"}"
    }

    /// The zone a new instance goes to: the up zone with the fewest active instances, first in order
    /// on a tie; nil while every zone is down (Auto Scaling never launches into a zone in an outage).
    func zoneForLaunch() -> String? {
        let active = group.activeInstances
        var best: String?
        var bestCount = Int.max
        for zone in group.zones where !isDown(zone) && !isAvoided(zone) {
            let count = active.filter { $0.zone == zone }.count
            if count < bestCount {
                best = zone
                bestCount = count
            }
        }
        return best
    }

    /// Boots pending instances, registers and health-checks targets, finishes terminations.
    mutating func advanceLifecycles() {
        for index in group.instances.indices {
            var instance = group.instances[index]
            switch instance.lifecycle {
            case .pending:
                if now >= instance.bootsUntil {
                    instance.lifecycle = .inService
                    instance.target = TargetHealth(firstCheckAt: now + instance.warmUpSeconds)
                    finishActivity(for: instance.id, description: "Launching")
                }
            case .inService:
                if var target = instance.target, target.state != .draining, now >= target.nextCheckAt {
                    target.record(
                        passed: !isDown(instance.zone), at: now,
                        healthyThreshold: config.healthyThreshold, unhealthyThreshold: config.unhealthyThreshold)
                    target.nextCheckAt = now + Double(config.healthCheckInterval)
                    instance.target = target
                }
            case .terminating:
                let since = instance.terminatingSince ?? now
                if now >= since + Double(config.deregistrationDelay) {
                    instance.target = nil
                }
                if now >= since + Double(config.deregistrationDelay) + 15 {
                    instance.lifecycle = .terminated
                    instance.terminatedAt = now
                    instance.target = nil
                    instance.cpu = 0
                    finishActivity(for: instance.id, description: "Terminating")
                }
            case .terminated:
                break
            }
            group.instances[index] = instance
        }
        group.instances.removeAll { ($0.terminatedAt ?? now) < now - 3_600 }
    }

    /// Marks the open activity of `instanceID` whose description starts with `description` as successful.
    mutating func finishActivity(for instanceID: String, description: String) {
        if let index = group.activities.lastIndex(where: {
            $0.instanceID == instanceID && $0.description.hasPrefix(description) && $0.endedAt == nil
        }) {
            group.activities[index].endedAt = now
            group.activities[index].status = .successful
            group.activities[index].progress = 100
        }
    }

    /// Launches one instance because of `cause` into `zoneForLaunch()`, trying the next zone when EC2
    /// has no capacity in one; returns its id, or nil (and launches nothing) while every zone is down
    /// (a failed activity, as on AWS) or without capacity, or the vCPU quota refuses.
    @discardableResult
    mutating func launch(cause: String) -> String? {
        while let zone = zoneForLaunch() {
            switch launchRefusal(into: zone, cause: cause) {
            case nil: return launch(into: zone, cause: cause)
            case .capacity: continue
            case .quota: return nil
            }
        }
        refuseLaunchWhileEveryZoneIsDown(cause: cause)
        return nil
    }

    /// Launches one instance into `zone` because of `cause`; returns its id.
    @discardableResult
    mutating func launch(into zone: String, cause: String) -> String {
        let instance = makeInstance(zone: zone, at: now)
        group.instances.append(instance)
        group.activities.append(
            ScalingActivityRecord(
                id: rng.uuid(), description: "Launching a new EC2 instance: \(instance.id)", cause: cause,
                startedAt: now, endedAt: nil, status: .inProgress, progress: 30,
                instanceID: instance.id, details: details(zone: zone)))
        return instance.id
    }

    /// Starts terminating the instance at `index` because of `cause`: its target drains first.
    mutating func terminate(at index: Int, cause: String) {
        var instance = group.instances[index]
        guard instance.lifecycle == .pending || instance.lifecycle == .inService else { return }
        instance.lifecycle = .terminating
        instance.terminatingSince = now
        instance.target?.drain()
        group.instances[index] = instance
        group.activities.append(
            ScalingActivityRecord(
                id: rng.uuid(), description: "Terminating EC2 instance: \(instance.id)", cause: cause,
                startedAt: now, endedAt: nil, status: .inProgress, progress: 50,
                instanceID: instance.id, details: details(zone: instance.zone)))
    }

    /// Seconds between two of Auto Scaling's health checks of the group's instances.
    static let autoScalingHealthCheckInterval = 60.0

    /// Auto Scaling's ELB health check, once a minute: marks Unhealthy and terminates each InService
    /// instance past its grace period whose target was already unhealthy at the previous check
    /// (the launch of its replacement follows in `reconcileCapacity`).
    mutating func replaceUnhealthyInstances() {
        let interval = Self.autoScalingHealthCheckInterval
        guard Int(now) % Int(interval) == 0, !isSuspended("HealthCheck"), !isSuspended("ReplaceUnhealthy"),
            !isSuspended("Terminate")
        else { return }
        for index in group.instances.indices {
            let instance = group.instances[index]
            guard instance.lifecycle == .inService, instance.target?.state == .unhealthy,
                let since = instance.target?.unhealthySince, now - since >= interval,
                now - instance.bootsUntil >= Double(config.healthCheckGracePeriod)
            else { continue }
            group.instances[index].health = .unhealthy
            let active = group.activeInstances.count
            terminate(
                at: index,
                cause:
                    "At \(timestamp(now)) an instance was taken out of service in response to an ELB system health check failure.  At \(timestamp(now)) instance \(instance.id) was selected for termination. Running capacity went from \(active) to \(active - 1)."
            )
        }
    }
}
