import AWSCore
import Foundation

extension CloudWatch {
    /// The data points of one query, oldest first once merged across pages.
    public struct MetricDataResult: Sendable, Equatable {
        /// The query id.
        public var id: String
        /// The label.
        public var label: String?
        /// The time stamps, paired with `values`.
        public var timestamps: [Date]
        /// The values, paired with `timestamps`.
        public var values: [Double]
        /// `Complete`, `InternalError`, `PartialData` or `Forbidden`.
        public var statusCode: String?
        /// Messages about this result, e.g. `MaxQueryTimeRangeExceed`.
        public var messages: [String]

        /// Creates a result.
        public init(
            id: String, label: String? = nil, timestamps: [Date], values: [Double], statusCode: String? = nil,
            messages: [String] = []
        ) {
            self.id = id
            self.label = label
            self.timestamps = timestamps
            self.values = values
            self.statusCode = statusCode
            self.messages = messages
        }

        /// Decodes a `<member>` of `MetricDataResults`; throws when the two lists differ in length.
        public init(xml node: XMLNode) throws {
            id = try node.requiredString("Id")
            label = node.string("Label")
            timestamps = try node.list("Timestamps").map { entry in
                guard let date = Timestamps.parseISO8601(entry.trimmedText) else {
                    throw AWSDecodingError(
                        .invalidValue, path: entry.path, detail: "'\(entry.trimmedText.prefix(40))' is not a timestamp")
                }
                return date
            }
            values = try node.list("Values").map { entry in
                guard let value = Double(entry.trimmedText) else {
                    throw AWSDecodingError(
                        .invalidValue, path: entry.path, detail: "'\(entry.trimmedText.prefix(40))' is not a number")
                }
                return value
            }
            guard timestamps.count == values.count else {
                throw AWSDecodingError(
                    .unexpectedShape, path: node.path,
                    detail: "\(timestamps.count) timestamps but \(values.count) values")
            }
            statusCode = node.string("StatusCode")
            messages = node.list("Messages").compactMap { $0.string("Value") ?? $0.string("Code") }
        }
    }

    /// `GetMetricData` for at most 500 queries, paginated by `NextToken`.
    ///
    /// Use `AWSClient.metricData(_:start:end:)` for any number of queries: it batches and merges.
    public struct GetMetricData: QueryAction, PaginatedOperation {
        /// The most queries one call may carry.
        public static let maxQueries = 500
        /// How many calls `AWSClient.metricData` keeps under way at once. A poll of a thousand
        /// resources is about 13 batches: 4 at once take 4 round trips, and the poll stays far below
        /// the quota of 50 calls a second that it shares with every other CloudWatch reader.
        public static let batchConcurrency = 4

        /// The queries (at most 500).
        public var queries: [MetricDataQuery]
        /// The start of the range.
        public var startTime: Date
        /// The end of the range.
        public var endTime: Date
        /// `TimestampAscending` or `TimestampDescending`.
        public var scanBy: String?
        /// The most data points to return across pages.
        public var maxDatapoints: Int?
        /// The page token.
        public var nextToken: String?

        /// Creates one call; ascending time order by default.
        public init(
            queries: [MetricDataQuery], startTime: Date, endTime: Date, scanBy: String? = "TimestampAscending",
            maxDatapoints: Int? = nil, nextToken: String? = nil
        ) {
            self.queries = queries
            self.startTime = startTime
            self.endTime = endTime
            self.scanBy = scanBy
            self.maxDatapoints = maxDatapoints
            self.nextToken = nextToken
        }

        /// One page of results.
        public struct Output: Sendable, Equatable {
            /// The results of this page.
            public var results: [MetricDataResult]
            /// Messages about the whole call.
            public var messages: [String]
            /// The token of the next page.
            public var nextToken: String?
        }

        /// CloudWatch.
        public var service: AWSService { .cloudWatch }
        /// `GetMetricData`.
        public var name: String { "GetMetricData" }

        /// `MetricDataQueries.member.N...`, `StartTime`, `EndTime`, `ScanBy`, `MaxDatapoints`, `NextToken`.
        public var parameters: QueryParameters {
            var params = QueryParameters()
            params.addList("MetricDataQueries", queries) { params, prefix, query in
                query.encode(into: &params, prefix: prefix)
            }
            params.add("StartTime", startTime)
            params.add("EndTime", endTime)
            params.add("ScanBy", scanBy)
            params.add("MaxDatapoints", maxDatapoints)
            params.add("NextToken", nextToken)
            return params
        }

        /// Decodes `MetricDataResults`, `Messages` and `NextToken`.
        public func decode(_ reply: AWSReply) throws -> Output {
            let result = try reply.queryResult()
            return Output(
                results: try result.map("MetricDataResults", MetricDataResult.init(xml:)),
                messages: result.list("Messages").compactMap { $0.string("Value") },
                nextToken: result.string("NextToken"))
        }

        /// The same request for the page after `token`.
        public func withPageToken(_ token: String) -> Self { with(\.nextToken, token) }
        /// The results of a page.
        public func items(of page: Output) -> [MetricDataResult] { page.results }
        /// The next page's token.
        public func nextPageToken(of page: Output) -> String? { page.nextToken }
    }
}
