/// A fault injected into the simulated world (not into the wire; see the server's wire faults).
public enum ModelFault: Sendable, Equatable, Codable {
    /// The zone goes dark for `seconds`: its targets fail health checks and launches avoid it.
    case zoneOutage(zone: String, seconds: Double)
    /// The zone comes back before its outage ends.
    case zoneRecovery(zone: String)
    /// A Multi-AZ failover of the database (as a reboot with failover).
    case databaseFailover
    /// A CloudFront invalidation of everything: the hit ratio dips and recovers.
    case cacheFlush
    /// EC2 has no capacity of the instance type in the zone for `seconds`: launches there fail
    /// (InsufficientInstanceCapacity) and Auto Scaling launches in its other zones.
    case capacityShortage(zone: String, seconds: Double)
    /// The account's running On-Demand vCPU quota: launches past it fail; a larger figure lifts it.
    case vcpuQuota(vcpus: Int)
    /// Suspends Auto Scaling processes of the shop's group (every process when the list is empty).
    case suspendProcesses([String])
    /// Resumes Auto Scaling processes of the shop's group (every process when the list is empty).
    case resumeProcesses([String])
}

/// One fault as it was applied, for the state report and the history.
public struct FaultRecord: Sendable, Equatable, Codable {
    /// The fault.
    public var fault: ModelFault
    /// When it was applied (simulated seconds).
    public var time: Double
}
