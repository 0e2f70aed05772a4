/// On-demand prices in USD, by item, with where they came from.
public struct PriceTable: Sendable, Equatable, Codable {
    /// USD per hour by item key: `ec2:<type>`, `rds:<class>` (single-AZ), `elb:application`,
    /// and USD per GB for `cloudfront:gb`.
    public var prices: [String: Double]
    /// The Pricing API (now or cached) or the bundled table.
    public var source: PriceSource
    /// The Pricing API's failure, when the bundled table is used because of it.
    public var reason: SourceFailure?
    /// Prices of the other watched regions, by region then item key; an item a region lacks is
    /// priced from `prices` (the first region's, over the bundled table).
    public var regional: [String: [String: Double]]

    /// Creates a table.
    public init(
        prices: [String: Double], source: PriceSource, reason: SourceFailure? = nil,
        regional: [String: [String: Double]] = [:]
    ) {
        self.prices = prices
        self.source = source
        self.reason = reason
        self.regional = regional
    }

    /// Whether this is the bundled table standing in for the Pricing API.
    public var isFallback: Bool { source == .bundled }

    /// USD for the item `key` in `region` (nil: the first region's).
    public func price(_ key: String, region: String? = nil) -> Double? {
        region.flatMap { regional[$0]?[key] } ?? prices[key]
    }

    /// The bundled table, marked as a fallback for `reason`.
    public static func fallback(because reason: SourceFailure) -> PriceTable {
        var table = bundled
        table.reason = reason
        return table
    }

    /// USD per hour for one instance of EC2 `type` in `region`.
    public func instanceHour(_ type: String, region: String? = nil) -> Double? { price("ec2:\(type)", region: region) }

    /// USD per hour for one database of `instanceClass` in `region`; Multi-AZ costs twice a single-AZ one.
    public func databaseHour(_ instanceClass: String, multiAZ: Bool, region: String? = nil) -> Double? {
        price("rds:\(instanceClass)", region: region).map { multiAZ ? $0 * 2 : $0 }
    }

    /// A fallback of us-east-1 Linux on-demand prices, used when the Pricing API cannot be read.
    public static let bundled = PriceTable(
        prices: [
            "ec2:t3.micro": 0.0104, "ec2:t3.small": 0.0208, "ec2:t3.medium": 0.0416, "ec2:t3.large": 0.0832,
            "ec2:m5.large": 0.096, "ec2:m5.xlarge": 0.192, "ec2:m5.2xlarge": 0.384, "ec2:m6i.large": 0.096,
            "ec2:m6i.xlarge": 0.192, "ec2:m7g.large": 0.0816, "ec2:c5.large": 0.085, "ec2:c5.xlarge": 0.17,
            "ec2:c6i.large": 0.085, "ec2:c7g.large": 0.0725, "ec2:r5.large": 0.126, "ec2:r6i.large": 0.126,
            "rds:db.t3.micro": 0.017, "rds:db.t3.medium": 0.068, "rds:db.m5.large": 0.171, "rds:db.m6g.large": 0.152,
            "rds:db.r5.large": 0.25, "rds:db.r6g.large": 0.225, "rds:db.r5.xlarge": 0.50,
            "elb:application": 0.0225, "cloudfront:gb": 0.085
        ], source: .bundled)
}
