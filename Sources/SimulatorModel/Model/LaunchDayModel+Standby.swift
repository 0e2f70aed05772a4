/// The database's standby: lost with its zone, rebuilt in a healthy zone, needed for a failover.
extension LaunchDayModel {
    /// Seconds RDS takes to rebuild a lost standby in another zone (drawn once per rebuild).
    static let standbyRecoverySeconds = 300.0...420.0

    /// Whether a failover can promote the standby now: it is in place (not being rebuilt) and its zone is up.
    public var canFailOver: Bool {
        database.standbyRecoveryEndsAt == nil && !isDown(database.standbyZone)
    }

    /// Whether the database answers no query now: its primary's zone is down and no failover runs.
    var isDatabaseUnreachable: Bool {
        isDown(database.primaryZone) && !database.isFailingOver
    }

    /// Notices a standby lost to an outage of its zone and rebuilds it in a healthy zone other than
    /// the primary's (RDS-EVENT-0361, then RDS-EVENT-0362 when done); the instance stays
    /// `available` on its primary, and `SecondaryAvailabilityZone` names the lost zone until then.
    mutating func advanceStandby() {
        if let end = database.standbyRecoveryEndsAt {
            guard now >= end, let zone = database.standbyRecoveryZone else { return }
            database.standbyZone = zone
            database.standbyRecoveryEndsAt = nil
            database.standbyRecoveryZone = nil
            database.events.append(
                DatabaseEventRecord(
                    sourceIdentifier: database.identifier, message: "Recovery of standby DB instance has completed.",
                    categories: ["recovery"], time: now, eventID: "RDS-EVENT-0362"))
            return
        }
        guard !database.isFailingOver, isDown(database.standbyZone), !isDown(database.primaryZone),
            let zone = config.zones.first(where: { !isDown($0) && $0 != database.primaryZone })
        else { return }
        database.standbyRecoveryEndsAt = now + rng.uniform(Self.standbyRecoverySeconds).rounded()
        database.standbyRecoveryZone = zone
        database.events.append(
            DatabaseEventRecord(
                sourceIdentifier: database.identifier, message: "Recovery of standby DB instance has started.",
                categories: ["recovery"], time: now, eventID: "RDS-EVENT-0361"))
    }

    /// A requested failover RDS does not attempt because no standby can take over: RDS-EVENT-0034,
    /// AWS's one documented "failover not attempted" event, with its message; the primary stays.
    mutating func abandonFailover() {
        database.events.append(
            DatabaseEventRecord(
                sourceIdentifier: database.identifier,
                message:
                    "Abandoning user requested failover since a failover recently occurred on the database instance.",
                categories: ["failover"], time: now, eventID: "RDS-EVENT-0034"))
    }
}
