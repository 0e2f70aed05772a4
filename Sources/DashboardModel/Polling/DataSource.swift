/// The dashboard's data sources, each polled on its own interval.
public enum DataSource: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// Auto Scaling groups, activities and policies.
    case autoScaling
    /// ELBv2 target health.
    case targetHealth
    /// RDS instances, clusters and events.
    case databases
    /// CloudFront distributions and their monitoring subscriptions.
    case distributions
    /// CloudWatch metrics (per minute).
    case metrics
    /// Cost Explorer actuals and prices.
    case cost

    /// The default poll interval in seconds: fast where things change, slow where AWS updates slowly.
    public var defaultInterval: Double {
        switch self {
        case .autoScaling: return 5
        case .targetHealth: return 10
        case .databases: return 15
        case .distributions: return 300
        case .metrics: return 60
        case .cost: return 3_600
        }
    }

    /// Every source's default interval: the one table the dashboard and the stacks start from.
    public static var defaultIntervals: [DataSource: Double] {
        Dictionary(uniqueKeysWithValues: allCases.map { ($0, $0.defaultInterval) })
    }

    /// The name shown to the operator.
    public var title: String {
        switch self {
        case .autoScaling: return "Auto Scaling"
        case .targetHealth: return "Target health"
        case .databases: return "RDS"
        case .distributions: return "CloudFront"
        case .metrics: return "CloudWatch"
        case .cost: return "Cost"
        }
    }
}
