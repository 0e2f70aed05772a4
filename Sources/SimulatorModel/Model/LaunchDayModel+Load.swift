import Foundation

/// Traffic, how the ALB spreads it over healthy targets, and what CPU and errors follow.
extension LaunchDayModel {
    /// Draws this second's users and viewer requests and lets the cache recover.
    mutating func updateTraffic() {
        let noise = 1 + 0.03 * (rng.unit() * 2 - 1)
        load.users = traffic.users(at: now) * noise
        distribution.tick()
        load.viewerRequestsPerSecond = load.users * traffic.requestsPerUser
        load.originRequestsPerSecond = load.viewerRequestsPerSecond * (1 - distribution.hitRatio)
    }

    /// Spreads origin requests evenly over healthy targets (cross-zone), sets each instance's CPU,
    /// and derives errors and response time.
    mutating func distributeLoad() {
        let origin = load.originRequestsPerSecond
        let healthy = group.instances.indices.filter {
            group.instances[$0].lifecycle == .inService && group.instances[$0].target?.state == .healthy
        }
        let demand = origin * traffic.cpuPerOriginRequest
        let perInstance = healthy.isEmpty ? 0 : demand / Double(healthy.count)
        var overload = 0.0
        for index in group.instances.indices {
            let instance = group.instances[index]
            guard instance.lifecycle == .inService || instance.lifecycle == .terminating else {
                group.instances[index].cpu = 0
                continue
            }
            let jitter = rng.uniform(-1.5...1.5)
            if healthy.contains(index) {
                group.instances[index].cpu = min(100, max(1, perInstance + 2 + jitter))
            } else {
                group.instances[index].cpu = max(0.5, 3 + jitter)
            }
        }
        if healthy.isEmpty {
            load.elb5xxPerSecond = origin
            load.target5xxPerSecond = 0
            load.responseTime = 0
        } else {
            overload = perInstance > 100 ? (perInstance - 100) / perInstance : 0
            var errors = origin * overload
            if database.isFailingOver || isDatabaseUnreachable { errors += origin * (1 - overload) * 0.35 }
            load.elb5xxPerSecond = 0
            load.target5xxPerSecond = errors
            let utilisation = min(perInstance, 100) / 100
            var latency = 0.045 + 0.4 * pow(utilisation, 6) + 2.0 * overload
            if database.isFailingOver || isDatabaseUnreachable { latency += 1.2 }
            load.responseTime = latency
        }
        let running = group.instances.filter { $0.lifecycle == .inService }
        load.averageCPU = running.isEmpty ? 0 : running.map(\.cpu).reduce(0, +) / Double(running.count)
        for index in healthy {
            policy.minuteSum += group.instances[index].cpu
            policy.minuteCount += 1
        }
    }

    /// Completes a running database failover once its time is up: the zones swap. A failover whose
    /// standby's zone went down meanwhile ends with the primary where it was, never in a dead zone.
    mutating func advanceFailover() {
        guard let end = database.failoverEndsAt, now >= end else { return }
        guard !isDown(database.standbyZone) else {
            database.failoverEndsAt = nil
            database.status = "available"
            return
        }
        swap(&database.primaryZone, &database.standbyZone)
        database.failoverEndsAt = nil
        database.status = "available"
        database.events.append(
            DatabaseEventRecord(
                sourceIdentifier: database.identifier, message: "Multi-AZ instance failover completed.",
                categories: ["failover"], time: now, eventID: "RDS-EVENT-0049"))
        database.events.append(
            DatabaseEventRecord(
                sourceIdentifier: database.identifier,
                message: "Multi-AZ failover to standby complete - DNS may take a few minutes to propagate.",
                categories: ["failover"], time: now, eventID: "RDS-EVENT-0015"))
    }
}
