/// Auto Scaling's AZRebalance: after an outage, instances come back to the zone one at a time.
extension LaunchDayModel {
    /// Seconds between two rebalancing checks of the group.
    static let rebalanceInterval = 60.0

    /// Whether an AZRebalance launch is still pending, so that the group may run one instance over
    /// desired capacity until it is in service (Auto Scaling launches before it terminates).
    var isRebalancing: Bool {
        guard let id = rebalanceInstanceID, let index = group.index(of: id) else { return false }
        return group.instances[index].lifecycle == .pending
    }

    /// Once a minute, when the group is steady (every active instance in service, at desired
    /// capacity) and its up zones differ by more than one instance, launches one instance into the
    /// emptiest up zone; `reconcileCapacity` then terminates one in the fullest zone once it is in service.
    mutating func rebalanceZones() {
        if rebalanceInstanceID != nil, !isRebalancing { rebalanceInstanceID = nil }
        guard rebalanceInstanceID == nil, !isSuspended("AZRebalance"), !isSuspended("Launch"),
            Int(now) % Int(Self.rebalanceInterval) == 0
        else { return }
        let active = group.activeInstances
        guard active.count == group.desiredCapacity, active.allSatisfy({ $0.lifecycle == .inService }) else { return }
        let counts = group.zones.filter { !isDown($0) && !isAvoided($0) }.map { zone in
            (zone, active.filter { $0.zone == zone }.count)
        }
        guard let fewest = counts.min(by: { $0.1 < $1.1 }), let most = counts.max(by: { $0.1 < $1.1 }),
            most.1 - fewest.1 > 1
        else { return }
        let cause =
            "At \(timestamp(now)) instances were launched to balance instances in zones \(fewest.0) with other zones resulting in more than desired number of instances in the group."
        guard launchRefusal(into: fewest.0, cause: cause) == nil else { return }
        rebalanceInstanceID = launch(into: fewest.0, cause: cause)
    }
}
