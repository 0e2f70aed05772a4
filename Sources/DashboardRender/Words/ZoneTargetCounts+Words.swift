import DashboardModel

extension ZoneTargetCounts {
    /// What is there, for alerts and the timeline: `0 healthy, 3 draining`, or `no target registered`.
    public var tally: String {
        guard total > 0 else { return "no target registered" }
        let parts = [
            (unhealthy, "unhealthy"), (initial, "initial"), (draining, "draining"), (unused, "unused"),
            (unavailable, "unavailable")
        ]
        return (["\(healthy) healthy"] + parts.filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }).joined(separator: ", ")
    }
}
