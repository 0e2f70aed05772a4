import Foundation

/// The running cost as the dashboard estimates and fetches it.
public struct CostStatus: Sendable, Equatable, Codable {
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

    /// `lines`, the largest per hour first (by name when equal): how the cost panel and snapshots list them.
    public var linesByCost: [CostLine] {
        lines.sorted { ($0.perHour, $1.item) > ($1.perHour, $0.item) }
    }
}

/// One line of the burn rate: what runs, how many, and what it costs per hour.
public struct CostLine: Sendable, Equatable, Codable {
    /// What it is, e.g. `m5.large` or `ALB`.
    public var item: String
    /// How many run.
    public var quantity: Double
    /// USD per hour for one.
    public var unitPerHour: Double

    /// USD per hour for all of them.
    public var perHour: Double { quantity * unitPerHour }

    /// Creates a cost line.
    public init(item: String, quantity: Double, unitPerHour: Double) {
        self.item = item
        self.quantity = quantity
        self.unitPerHour = unitPerHour
    }

    private enum CodingKeys: String, CodingKey {
        case item, quantity, unitPerHour, perHour
    }

    /// Reads `item`, `quantity` and `unitPerHour` (`perHour` follows from them).
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            item: try container.decode(String.self, forKey: .item),
            quantity: try container.decode(Double.self, forKey: .quantity),
            unitPerHour: try container.decode(Double.self, forKey: .unitPerHour))
    }

    /// Writes every field, `perHour` included, for readers of snapshots that do not multiply.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(item, forKey: .item)
        try container.encode(quantity, forKey: .quantity)
        try container.encode(unitPerHour, forKey: .unitPerHour)
        try container.encode(perHour, forKey: .perHour)
    }
}
