import Foundation

/// One fault of a scenario: the simulated second it fires at and the control endpoint's fault body.
public struct ScenarioEvent: Sendable, Equatable {
    /// Simulated seconds since the launch started.
    public var at: Double
    /// The JSON body `POST /_sim/fault` takes, e.g. `{"kind": "rds-failover"}`.
    public var fault: [UInt8]

    /// Creates an event.
    public init(at: Double, fault: [UInt8]) {
        self.at = at
        self.fault = fault
    }
}

/// Why a scenario could not be read.
public struct ScenarioError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file and what is wrong, naming the event by its position.
    public var description: String
}

/// Reads a scenario file: a JSON array of `{"at": SECONDS, "fault": {...}}`, the fault as
/// `POST /_sim/fault` takes it.
public enum Scenario {
    /// The fault kinds a scenario may use (those of the control endpoint).
    public static let kinds: Set<String> = [
        "az-outage", "az-recover", "rds-failover", "cache-flush", "capacity", "vcpu-quota", "suspend", "resume",
        "throttle", "slow", "error5xx", "truncate", "malformed", "drop",
        "clear-wire-faults"
    ]

    /// Parses `data` read from `file`.
    public static func parse(_ data: Data, file: String) throws(ScenarioError) -> [ScenarioEvent] {
        guard let array = (try? JSONSerialization.jsonObject(with: data)) as? [Any] else {
            throw ScenarioError(
                description: "\(file): not a JSON array of {\"at\": SECONDS, \"fault\": {\"kind\": ...}}")
        }
        var events: [ScenarioEvent] = []
        for (index, item) in array.enumerated() {
            let position = "\(file): event \(index + 1)"
            guard let object = item as? [String: Any] else {
                throw ScenarioError(description: "\(position) is not an object")
            }
            guard let at = (object["at"] as? Double) ?? (object["at"] as? Int).map(Double.init), at >= 0 else {
                throw ScenarioError(description: "\(position): \"at\" must be a number of simulated seconds, 0 or more")
            }
            guard let fault = object["fault"] as? [String: Any], let kind = fault["kind"] as? String else {
                throw ScenarioError(description: "\(position): \"fault\" must be an object with a \"kind\"")
            }
            guard kinds.contains(kind) else {
                throw ScenarioError(
                    description:
                        "\(position): unknown fault kind '\(kind)'; kinds: \(kinds.sorted().joined(separator: ", "))")
            }
            guard let body = try? JSONSerialization.data(withJSONObject: fault) else {
                throw ScenarioError(description: "\(position): the fault cannot be encoded")
            }
            events.append(ScenarioEvent(at: at, fault: Array(body)))
        }
        return events.sorted { $0.at < $1.at }
    }

    /// Reads and parses the file at `path`.
    public static func load(path: String) throws(ScenarioError) -> [ScenarioEvent] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScenarioError(description: "\(path): cannot be read")
        }
        return try parse(data, file: path)
    }
}
