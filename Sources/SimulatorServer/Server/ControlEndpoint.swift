import AWSSigV4
import Foundation
import SimulatorModel

/// The control endpoint under `/_sim/`, unsigned, for tests and the demo's fault menu.
///
/// - `GET /_sim/state`: the world as JSON (`SimulationSnapshot`) with the speed and wire faults.
/// - `POST /_sim/fault` with a JSON body `{"kind": …}`:
///   - world faults: `az-outage` (`zone`, optional `seconds` of simulated time, default 900),
///     `az-recover` (`zone`), `rds-failover`, `cache-flush`, `capacity` (`zone`, optional `seconds`
///     of simulated time, default 600), `vcpu-quota` (`vcpus`), `suspend` and `resume` (`processes`,
///     Auto Scaling process names of the shop's group; every process when absent or empty);
///   - wire faults: `throttle`, `slow` (`delay` wall seconds, default 5), `error5xx`, `truncate`,
///     `malformed`, `drop`; each with optional `service` (a signing name such as `autoscaling`;
///     default every service), `seconds` (wall seconds, default 30) and `count` (replies affected);
///   - `clear-wire-faults`.
/// - `POST /_sim/advance` with `{"seconds": N}`: jumps the simulated clock N seconds ahead.
extension SimulationHost {
    /// Answers a control request.
    func control(_ request: WireRequest) -> WireResponse {
        switch (request.method, request.rawPath) {
        case ("GET", "/_sim/state"):
            return stateReply()
        case ("POST", "/_sim/fault"):
            return faultReply(request)
        case ("POST", "/_sim/advance"):
            guard let body = try? JSONBody(request.body),
                let seconds = body.object["seconds"] as? Double ?? (body.object["seconds"] as? Int).map(Double.init)
            else {
                return Self.jsonError("POST /_sim/advance needs a JSON body {\"seconds\": N}")
            }
            advance(seconds: seconds)
            return stateReply()
        default:
            return WireResponse(
                status: 404, headers: [HTTPHeader("Content-Type", "text/plain")], body: Array(Self.help.utf8))
        }
    }

    /// What `/_sim/` offers, for a wrong path.
    static let help = """
        flightdeck simulator control endpoint
          GET  /_sim/state                   the world as JSON
          POST /_sim/fault   {"kind": ...}   az-outage {zone, seconds} | az-recover {zone} | rds-failover | cache-flush
                                             capacity {zone, seconds} | vcpu-quota {vcpus}
                                             suspend {processes} | resume {processes}
                                             throttle | slow {delay} | error5xx | truncate | malformed | drop
                                               with optional {service, seconds, count}
                                             clear-wire-faults
          POST /_sim/advance {"seconds": N}  jump the simulated clock ahead

        """

    /// The state document.
    struct StateDocument: Encodable {
        /// The world.
        var simulation: SimulationSnapshot
        /// Simulated seconds per wall second.
        var speed: Double
        /// Simulated seconds since the start.
        var simulatedSeconds: Double
        /// Active wire faults.
        var wireFaults: [WireFault]
    }

    /// `GET /_sim/state`.
    func stateReply() -> WireResponse {
        let document = StateDocument(
            simulation: model.snapshot, speed: clock.speed, simulatedSeconds: model.now,
            wireFaults: wireFaults.active)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        guard let data = try? encoder.encode(document) else {
            return Self.jsonError("state could not be encoded", status: 500)
        }
        return WireResponse(status: 200, headers: [HTTPHeader("Content-Type", "application/json")], body: Array(data))
    }

    /// `POST /_sim/fault`.
    func faultReply(_ request: WireRequest) -> WireResponse {
        guard let body = try? JSONBody(request.body), let kind = body.string("kind") else {
            return Self.jsonError("POST /_sim/fault needs a JSON body with \"kind\"")
        }
        /// A numeric member of the body, integer or not.
        func number(_ key: String) -> Double? {
            body.object[key] as? Double ?? (body.object[key] as? Int).map(Double.init)
        }
        do {
            switch kind {
            case "az-outage":
                guard let zone = body.string("zone") else { return Self.jsonError("az-outage needs \"zone\"") }
                try applyWithoutCatchingUp(.zoneOutage(zone: zone, seconds: number("seconds") ?? 900))
            case "az-recover":
                guard let zone = body.string("zone") else { return Self.jsonError("az-recover needs \"zone\"") }
                try applyWithoutCatchingUp(.zoneRecovery(zone: zone))
            case "rds-failover":
                try applyWithoutCatchingUp(.databaseFailover)
            case "cache-flush":
                try applyWithoutCatchingUp(.cacheFlush)
            case "capacity":
                guard let zone = body.string("zone") else { return Self.jsonError("capacity needs \"zone\"") }
                try applyWithoutCatchingUp(.capacityShortage(zone: zone, seconds: number("seconds") ?? 600))
            case "vcpu-quota":
                guard let vcpus = number("vcpus") else { return Self.jsonError("vcpu-quota needs \"vcpus\"") }
                try applyWithoutCatchingUp(.vcpuQuota(vcpus: Int(vcpus)))
            case "suspend", "resume":
                let processes = body.object["processes"] ?? []
                guard let names = processes as? [String] else {
                    return Self.jsonError("\(kind) takes \"processes\": a list of process names, e.g. [\"Launch\"]")
                }
                try applyWithoutCatchingUp(kind == "suspend" ? .suspendProcesses(names) : .resumeProcesses(names))
            case "clear-wire-faults":
                clearWireFaults()
            default:
                guard let wireKind = WireFault.Kind(rawValue: kind) else {
                    return Self.jsonError("unknown fault kind '\(kind)'; see GET /_sim/")
                }
                let service = body.string("service")
                if let service, WireProtocol.bySigningName[service] == nil {
                    return Self.jsonError(
                        "unknown service '\(service)'; use a signing name such as autoscaling, ec2, monitoring")
                }
                add(
                    WireFault(
                        kind: wireKind, service: service, until: wallSeconds() + (number("seconds") ?? 30),
                        remaining: number("count").map { Int($0) }, delay: number("delay") ?? 5))
            }
        } catch {
            return Self.jsonError("\(error.code): \(error.message)", status: 409)
        }
        return stateReply()
    }

    /// A JSON error reply.
    static func jsonError(_ message: String, status: Int = 400) -> WireResponse {
        WireResponse(
            status: status, headers: [HTTPHeader("Content-Type", "application/json")],
            body: Array(JSONText.render([("error", .string(message))]).utf8))
    }
}
