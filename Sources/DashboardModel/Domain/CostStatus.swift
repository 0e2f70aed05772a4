import Foundation

/// The running cost as the dashboard estimates and fetches it.
public struct CostStatus: Sendable, Equatable {
    /// The estimated burn rate in USD per hour of what runs now.
    public var burnRatePerHour: Double
    /// Where the prices came from.
    public var priceSource: PriceSource
    /// The lines that make up the burn rate, e.g. "6 × m5.large".
    public var lines: [CostLine]
    /// Cost Explorer's month-to-date figure, when fetched.
    public var monthToDate: Double?
    /// Cost Explorer's figure for today, when fetched.
    public var today: Double?
    /// When the Cost Explorer figures were fetched.
    public var actualsFetchedAt: Date?
    /// The currency, `USD`.
    public var currency: String

    /// Creates a cost record.
    public init(
        burnRatePerHour: Double, priceSource: PriceSource, lines: [CostLine] = [], monthToDate: Double? = nil,
        today: Double? = nil, actualsFetchedAt: Date? = nil, currency: String = "USD"
    ) {
        self.burnRatePerHour = burnRatePerHour
        self.priceSource = priceSource
        self.lines = lines
        self.monthToDate = monthToDate
        self.today = today
        self.actualsFetchedAt = actualsFetchedAt
        self.currency = currency
    }
}

/// One line of the burn rate: what runs, where, how many, and what it costs per hour.
public struct CostLine: Sendable, Equatable {
    /// What is priced.
    public enum Item: Sendable, Hashable {
        /// EC2 instances of a type, e.g. `m5.large`.
        case instances(type: String)
        /// RDS instances of a class, Multi-AZ (priced twice) or not.
        case databases(instanceClass: String, multiAZ: Bool)
        /// Application Load Balancers (the hourly charge, without LCUs).
        case loadBalancers
        /// CloudFront data transfer out, in GB per hour.
        case cloudFrontTransfer
    }

    /// What it is.
    public var item: Item
    /// The region, named when more than one region runs something; nil otherwise.
    public var region: String?
    /// Whether a price was known (unknown ones count at zero).
    public var priced: Bool
    /// How many run.
    public var quantity: Double
    /// USD per hour for one.
    public var unitPerHour: Double

    /// USD per hour for all of them.
    public var perHour: Double { quantity * unitPerHour }

    /// Creates a cost line.
    public init(item: Item, region: String? = nil, priced: Bool = true, quantity: Double, unitPerHour: Double) {
        self.item = item
        self.region = region
        self.priced = priced
        self.quantity = quantity
        self.unitPerHour = unitPerHour
    }
}
