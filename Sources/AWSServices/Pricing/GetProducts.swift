import AWSCore
import Foundation

extension Pricing {
    /// A `TERM_MATCH` filter on a product attribute, e.g. `instanceType` = `m7g.large`.
    public struct Filter: Sendable, Equatable, Encodable {
        /// Always `TERM_MATCH`.
        public var `Type` = "TERM_MATCH"
        /// The attribute name.
        public var Field: String
        /// The value to match.
        public var Value: String

        /// Matches `field` equal to `value`.
        public init(field: String, value: String) {
            Field = field
            Value = value
        }
    }

    /// `GetProducts`: price-list entries of a service, paginated by `NextToken`.
    ///
    /// Each entry is a JSON document in a string; `OnDemandPrice.parse(_:)` reads the on-demand price.
    public struct GetProducts: JSONAction, PaginatedOperation {
        /// The request body.
        public struct Input: Sendable, Equatable, Encodable {
            /// The service code, e.g. `AmazonEC2`.
            public var ServiceCode: String
            /// Attribute filters.
            public var Filters: [Filter]?
            /// Always `aws_v1`.
            public var FormatVersion: String?
            /// The page token.
            public var NextToken: String?
            /// Page size (at most 100).
            public var MaxResults: Int?
        }

        /// One page of price-list entries.
        public struct Output: Sendable, Equatable, Decodable {
            /// The entries, each a JSON document.
            public var priceList: [String]
            /// The token of the next page.
            public var nextToken: String?

            private enum CodingKeys: String, CodingKey {
                case priceList = "PriceList", nextToken = "NextToken"
            }

            /// Decodes a page; a missing list reads as empty.
            public init(from decoder: Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                priceList = try container.decodeIfPresent([String].self, forKey: .priceList) ?? []
                nextToken = try container.decodeIfPresent(String.self, forKey: .nextToken)
            }
        }

        /// The request body.
        public var input: Input

        /// Lists `serviceCode`'s products matching `filters`.
        public init(serviceCode: String, filters: [Filter] = [], maxResults: Int? = nil) {
            input = Input(
                ServiceCode: serviceCode, Filters: filters.isEmpty ? nil : filters, FormatVersion: "aws_v1",
                MaxResults: maxResults)
        }

        /// Pricing.
        public var service: AWSService { .pricing }
        /// `GetProducts`.
        public var name: String { "GetProducts" }

        /// The same request for the page after `token`.
        public func withPageToken(_ token: String) -> Self { with(\.input.NextToken, token) }
        /// The entries of a page.
        public func items(of page: Output) -> [String] { page.priceList }
        /// The next page's token.
        public func nextPageToken(of page: Output) -> String? { page.nextToken }
    }

    /// The on-demand price of one product, read from a price-list entry.
    public struct OnDemandPrice: Sendable, Equatable {
        /// The product SKU.
        public var sku: String
        /// The product attributes (`instanceType`, `location`, `operatingSystem`, ...).
        public var attributes: [String: String]
        /// The price per unit, in USD.
        public var usdPerUnit: Double
        /// The unit, e.g. `Hrs`.
        public var unit: String

        /// Reads the on-demand USD price of `entry`: its lowest tier when the price is tiered (CloudFront's
        /// data transfer: the first 10 TB), its one dimension otherwise; throws when the entry has none.
        public static func parse(_ entry: String) throws -> OnDemandPrice {
            guard let object = JSONProtocol.object(from: Array(entry.utf8)) else {
                throw AWSDecodingError(.malformedJSON, path: "PriceList[]", detail: "entry is not a JSON object")
            }
            let product = object["product"] as? [String: Any]
            guard let sku = product?["sku"] as? String else {
                throw AWSDecodingError(.missingField, path: "PriceList[].product", detail: "no 'sku'")
            }
            let attributes = (product?["attributes"] as? [String: Any] ?? [:]).compactMapValues { $0 as? String }
            let onDemand = (object["terms"] as? [String: Any])?["OnDemand"] as? [String: Any] ?? [:]
            var tiers: [(begin: Double, price: OnDemandPrice)] = []
            for term in onDemand.values.compactMap({ $0 as? [String: Any] }) {
                let dimensions = term["priceDimensions"] as? [String: Any] ?? [:]
                for dimension in dimensions.values.compactMap({ $0 as? [String: Any] }) {
                    if let usd = (dimension["pricePerUnit"] as? [String: Any])?["USD"] as? String,
                        let value = Double(usd)
                    {
                        let begin = (dimension["beginRange"] as? String).flatMap(Double.init) ?? 0
                        tiers.append(
                            (
                                begin,
                                OnDemandPrice(
                                    sku: sku, attributes: attributes, usdPerUnit: value,
                                    unit: dimension["unit"] as? String ?? "")
                            ))
                    }
                }
            }
            if let lowest = tiers.min(by: { $0.begin < $1.begin }) { return lowest.price }
            throw AWSDecodingError(.missingField, path: "PriceList[].terms.OnDemand", detail: "no USD price for \(sku)")
        }
    }
}
