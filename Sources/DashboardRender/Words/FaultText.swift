import DashboardModel

/// The words for the demo's faults: the menu's items and what the simulation answered.
public enum FaultText {
    /// `az-outage us-east-1b`, `rds-failover`.
    public static func name(_ fault: FaultRequest) -> String {
        fault.argument.map { "\(fault.kind) \($0)" } ?? fault.kind
    }

    /// `injected`, `refused: <the simulation's words>`, `cannot encode the fault`.
    public static func answer(_ injection: FaultInjection) -> String {
        switch injection {
        case .injected: return "injected"
        case let .refused(reason): return "refused: " + reason
        case .unsendable: return "cannot encode the fault"
        }
    }
}
