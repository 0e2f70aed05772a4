/// The dashboard's panels, in Tab order.
public enum PanelID: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// Auto Scaling groups.
    case autoScaling
    /// Load balancer target health per zone.
    case loadBalancers
    /// CloudFront distributions.
    case cloudFront
    /// RDS databases.
    case databases
    /// The running cost.
    case cost
    /// The event timeline.
    case events

    /// The title shown on the panel's frame.
    public var title: String {
        switch self {
        case .autoScaling: return "Auto Scaling"
        case .loadBalancers: return "Load balancers"
        case .cloudFront: return "CloudFront"
        case .databases: return "RDS"
        case .cost: return "Cost"
        case .events: return "Events"
        }
    }

    /// The data source whose age the panel shows.
    public var source: DataSource {
        switch self {
        case .autoScaling: return .autoScaling
        case .loadBalancers: return .targetHealth
        case .cloudFront: return .distributions
        case .databases: return .databases
        case .cost: return .cost
        case .events: return .autoScaling
        }
    }

    /// The next panel in Tab order (wrapping).
    public var next: PanelID {
        let all = PanelID.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + 1) % all.count]
    }

    /// The previous panel in Tab order (wrapping).
    public var previous: PanelID {
        let all = PanelID.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + all.count - 1) % all.count]
    }
}
