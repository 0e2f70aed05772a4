/// Costs accrued by what runs, per UTC day and per Cost Explorer service name, in USD.
public struct CostLedger: Sendable, Equatable, Codable {
    /// The Cost Explorer `SERVICE` names the simulation bills under.
    public enum Service {
        /// EC2 instance-hours.
        public static let ec2 = "Amazon Elastic Compute Cloud - Compute"
        /// ALB hours and LCUs.
        public static let loadBalancing = "Amazon Elastic Load Balancing"
        /// RDS instance-hours.
        public static let rds = "Amazon Relational Database Service"
        /// CloudFront transfer and requests.
        public static let cloudFront = "Amazon CloudFront"
        /// All of them, in a stable order.
        public static let all = [ec2, loadBalancing, rds, cloudFront]
    }

    /// USD by day (days since 1970-01-01, UTC) and service.
    public private(set) var days: [Int: [String: Double]] = [:]

    /// An empty ledger.
    public init() {}

    /// Adds `amount` USD for `service` on `day`.
    public mutating func add(_ amount: Double, service: String, day: Int) {
        guard amount > 0 else { return }
        days[day, default: [:]][service, default: 0] += amount
    }

    /// The total of `service` (or of every service when nil) over days `range`.
    public func total(service: String? = nil, days range: Range<Int>) -> Double {
        var sum = 0.0
        for (day, services) in days where range.contains(day) {
            for (name, amount) in services where service == nil || name == service {
                sum += amount
            }
        }
        return sum
    }

    /// The total of everything ever accrued.
    public var grandTotal: Double {
        days.values.reduce(0) { $0 + $1.values.reduce(0, +) }
    }
}
