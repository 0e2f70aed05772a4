/// A fault to inject into the simulation (the demo only): a kind of the simulator's control
/// endpoint and what it applies to, e.g. `az-outage` `us-east-1b`, `vcpu-quota` `16`, `rds-failover`.
public struct FaultRequest: Sendable, Equatable {
    /// The fault's kind, e.g. `az-outage`.
    public var kind: String
    /// Its zone, service or figure, when it takes one.
    public var argument: String?

    /// Creates a request.
    public init(kind: String, argument: String? = nil) {
        self.kind = kind
        self.argument = argument
    }
}
