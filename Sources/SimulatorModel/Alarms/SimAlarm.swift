/// One CloudWatch metric alarm of the simulated shop and its state.
public struct SimAlarm: Sendable, Equatable {
    /// `OK` or `ALARM` (the shop's alarms always have data).
    public enum State: String, Sendable, Equatable {
        /// Within its threshold.
        case ok = "OK"
        /// Breaching it.
        case alarm = "ALARM"
    }

    /// The alarm's name.
    public var name: String
    /// The metric's namespace.
    public var namespace: String
    /// The metric's name.
    public var metricName: String
    /// The metric's dimensions, by name.
    public var dimensions: [String: String]
    /// The threshold, breached when the minute's value is above it.
    public var threshold: Double
    /// The state now.
    public var state: State = .ok
    /// The simulated second it entered that state.
    public var since: Double = 0
    /// CloudWatch's reason for the state.
    public var reason =
        "Threshold Crossed: no datapoints were received for 1 period and 1 missing datapoint was treated as [NonBreaching]."
}
