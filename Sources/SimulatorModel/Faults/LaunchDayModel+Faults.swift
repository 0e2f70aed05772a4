/// Faults applied to the world.
extension LaunchDayModel {
    /// Why a fault could not be applied.
    public struct FaultError: Error, Sendable, Equatable, CustomStringConvertible {
        /// An AWS-style error code, e.g. `InvalidDBInstanceState`.
        public var code: String
        /// What is wrong.
        public var message: String
        /// `code: message`.
        public var description: String { "\(code): \(message)" }
    }

    /// Applies `fault` now.
    public mutating func apply(_ fault: ModelFault) throws(FaultError) {
        switch fault {
        case let .zoneOutage(zone, seconds):
            guard config.zones.contains(zone) else {
                throw FaultError(
                    code: "InvalidParameterValue",
                    message: "Unknown zone '\(zone)'; the shop runs in \(config.zones.joined(separator: ", "))")
            }
            zoneOutages[zone] = now + max(1, seconds)
            if database.primaryZone == zone && !database.isFailingOver && canFailOver {
                startFailover()
            }
        case let .zoneRecovery(zone):
            zoneOutages[zone] = nil
        case .databaseFailover:
            guard !database.isFailingOver else {
                throw FaultError(
                    code: "InvalidDBInstanceState",
                    message:
                        "DB instance \(database.identifier) is not in the available state (it is \(database.status)).")
            }
            if canFailOver { startFailover() } else { abandonFailover() }
        case .cacheFlush:
            distribution.flush(at: now)
        case let .capacityShortage(zone, seconds):
            guard config.zones.contains(zone) else {
                throw FaultError(
                    code: "InvalidParameterValue",
                    message: "Unknown zone '\(zone)'; the shop runs in \(config.zones.joined(separator: ", "))")
            }
            capacityShortages[zone] = now + max(1, seconds)
        case let .vcpuQuota(vcpus):
            guard vcpus >= 0 else {
                throw FaultError(code: "InvalidParameterValue", message: "A vCPU quota cannot be negative (\(vcpus)).")
            }
            vcpuQuota = vcpus
            launchesRetryAt = nil
        case let .suspendProcesses(names):
            do { try suspendProcesses(names, group: group.name) } catch {
                throw FaultError(code: error.code, message: error.message)
            }
        case let .resumeProcesses(names):
            do { try resumeProcesses(names, group: group.name) } catch {
                throw FaultError(code: error.code, message: error.message)
            }
        }
        faults.append(FaultRecord(fault: fault, time: now))
    }

    /// Begins a Multi-AZ failover lasting 60–120 s: status `rebooting`, event RDS-EVENT-0013.
    mutating func startFailover() {
        database.failoverEndsAt = now + rng.uniform(60...120).rounded()
        database.status = "rebooting"
        database.events.append(
            DatabaseEventRecord(
                sourceIdentifier: database.identifier, message: "Multi-AZ instance failover started.",
                categories: ["failover"], time: now, eventID: "RDS-EVENT-0013"))
    }
}
