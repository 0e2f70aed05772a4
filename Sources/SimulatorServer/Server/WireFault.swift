/// A fault on the wire (not in the world): what the next replies of a service suffer.
public struct WireFault: Sendable, Equatable, Codable {
    /// What happens to a reply.
    public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
        /// The service's throttling error instead of a reply.
        case throttle
        /// The reply comes after `delay` seconds.
        case slow
        /// The service's internal-failure error (HTTP 5xx) instead of a reply.
        case error5xx
        /// The headers announce the full length, the body stops half way and the connection closes.
        case truncate
        /// A 200 reply whose body is not valid XML/JSON.
        case malformed
        /// The connection closes without a byte sent.
        case drop
    }

    /// What happens.
    public var kind: Kind
    /// The signing name of the service affected, or nil for every service.
    public var service: String?
    /// Wall-clock time (seconds since 1970) until which the fault lasts.
    public var until: Double
    /// How many more replies it affects; nil for no limit within `until`.
    public var remaining: Int?
    /// For `slow`: wall-clock seconds of delay.
    public var delay: Double

    /// Whether the fault applies to `service` at wall time `time`.
    public func applies(to service: String, at time: Double) -> Bool {
        time < until && (remaining ?? 1) > 0 && (self.service == nil || self.service == service)
    }
}

/// The active wire faults.
public struct WireFaults: Sendable, Equatable, Codable {
    /// Faults, oldest first.
    public private(set) var active: [WireFault] = []

    /// No faults.
    public init() {}

    /// Adds a fault.
    public mutating func add(_ fault: WireFault) {
        active.append(fault)
    }

    /// Removes every fault.
    public mutating func clear() {
        active.removeAll()
    }

    /// Takes the first fault that applies to `service` at wall time `time`, counting it down.
    public mutating func take(for service: String, at time: Double) -> WireFault? {
        active.removeAll { $0.until <= time || $0.remaining == 0 }
        guard let index = active.firstIndex(where: { $0.applies(to: service, at: time) }) else { return nil }
        let fault = active[index]
        if let remaining = fault.remaining { active[index].remaining = remaining - 1 }
        return fault
    }
}
