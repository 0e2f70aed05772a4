import AWSCore

extension CostExplorer {
    /// An amount of a metric, e.g. `UnblendedCost` 12.34 USD.
    public struct Amount: Sendable, Equatable, Decodable {
        /// The amount as the API writes it (a decimal string).
        public var amount: String
        /// The unit, e.g. `USD` or `Hrs`.
        public var unit: String

        /// Creates an amount.
        public init(amount: String, unit: String) {
            self.amount = amount
            self.unit = unit
        }

        private enum CodingKeys: String, CodingKey {
            case amount = "Amount", unit = "Unit"
        }

        /// The amount as a number; nil when it is not one.
        public var value: Double? { Double(amount) }
    }

    /// A `Start`/`End` pair of days (`2025-11-01`), End exclusive.
    public struct DateInterval: Sendable, Equatable, Codable {
        /// The first day.
        public var start: String
        /// The day after the last.
        public var end: String

        /// Creates an interval of days, End exclusive.
        public init(start: String, end: String) {
            self.start = start
            self.end = end
        }

        private enum CodingKeys: String, CodingKey {
            case start = "Start", end = "End"
        }
    }

    /// The costs of one time period.
    public struct ResultByTime: Sendable, Equatable, Decodable {
        /// The period.
        public var timePeriod: DateInterval
        /// Totals by metric name (empty when grouped).
        public var total: [String: Amount]
        /// The groups, when grouped.
        public var groups: [Group]
        /// Whether the figures are still estimated.
        public var estimated: Bool

        /// One group's figures.
        public struct Group: Sendable, Equatable, Decodable {
            /// The group keys, e.g. `["Amazon Elastic Compute Cloud - Compute"]`.
            public var keys: [String]
            /// Figures by metric name.
            public var metrics: [String: Amount]

            private enum CodingKeys: String, CodingKey {
                case keys = "Keys", metrics = "Metrics"
            }

            /// Decodes a group, missing lists read as empty.
            public init(from decoder: Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                keys = try container.decodeIfPresent([String].self, forKey: .keys) ?? []
                metrics = try container.decodeIfPresent([String: Amount].self, forKey: .metrics) ?? [:]
            }
        }

        private enum CodingKeys: String, CodingKey {
            case timePeriod = "TimePeriod", total = "Total", groups = "Groups", estimated = "Estimated"
        }

        /// Decodes a result, missing maps and lists read as empty.
        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            timePeriod = try container.decode(DateInterval.self, forKey: .timePeriod)
            total = try container.decodeIfPresent([String: Amount].self, forKey: .total) ?? [:]
            groups = try container.decodeIfPresent([Group].self, forKey: .groups) ?? []
            estimated = try container.decodeIfPresent(Bool.self, forKey: .estimated) ?? false
        }
    }

    /// `GetCostAndUsage`, paginated by `NextPageToken` (each page is billed).
    public struct GetCostAndUsage: JSONAction, PaginatedOperation {
        /// The request body.
        public struct Input: Sendable, Equatable, Encodable {
            /// The days to report.
            public var TimePeriod: DateInterval
            /// `DAILY`, `MONTHLY` or `HOURLY`.
            public var Granularity: String
            /// Metrics, e.g. `UnblendedCost`, `UsageQuantity`.
            public var Metrics: [String]
            /// Groupings, e.g. `{"Type": "DIMENSION", "Key": "SERVICE"}`.
            public var GroupBy: [GroupDefinition]?
            /// A filter.
            public var Filter: Expression?
            /// The page token.
            public var NextPageToken: String?
        }

        /// A grouping: `DIMENSION`, `TAG` or `COST_CATEGORY` and its key.
        public struct GroupDefinition: Sendable, Equatable, Encodable {
            /// `DIMENSION`, `TAG` or `COST_CATEGORY`.
            public var `Type`: String
            /// The key, e.g. `SERVICE`.
            public var Key: String

            /// Creates a grouping.
            public init(type: String, key: String) {
                self.Type = type
                self.Key = key
            }
        }

        /// One page of results.
        public struct Output: Sendable, Equatable, Decodable {
            /// The results by period.
            public var resultsByTime: [ResultByTime]
            /// The token of the next page.
            public var nextPageToken: String?

            private enum CodingKeys: String, CodingKey {
                case resultsByTime = "ResultsByTime", nextPageToken = "NextPageToken"
            }

            /// Decodes a page; a missing list reads as empty.
            public init(from decoder: Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                resultsByTime = try container.decodeIfPresent([ResultByTime].self, forKey: .resultsByTime) ?? []
                nextPageToken = try container.decodeIfPresent(String.self, forKey: .nextPageToken)
            }
        }

        /// The request body.
        public var input: Input

        /// Asks for `metrics` over `period` at `granularity`, optionally grouped and filtered.
        public init(
            period: DateInterval, granularity: String = "DAILY", metrics: [String] = ["UnblendedCost"],
            groupBy: [GroupDefinition]? = nil, filter: Expression? = nil
        ) {
            input = Input(
                TimePeriod: period, Granularity: granularity, Metrics: metrics, GroupBy: groupBy, Filter: filter)
        }

        /// Cost Explorer.
        public var service: AWSService { .costExplorer }
        /// `GetCostAndUsage`.
        public var name: String { "GetCostAndUsage" }

        /// The same request for the page after `token`.
        public func withPageToken(_ token: String) -> Self { with(\.input.NextPageToken, token) }
        /// The results of a page.
        public func items(of page: Output) -> [ResultByTime] { page.resultsByTime }
        /// The next page's token.
        public func nextPageToken(of page: Output) -> String? { page.nextPageToken }
    }
}
