import AWSCore
import Foundation

extension CloudWatch {
    /// One metric alarm, as `DescribeAlarms` reports it.
    public struct MetricAlarm: Sendable, Equatable {
        /// The alarm's name.
        public var name: String
        /// `OK`, `ALARM` or `INSUFFICIENT_DATA`.
        public var state: String
        /// Why it is in that state, in CloudWatch's words.
        public var reason: String?
        /// When it entered that state.
        public var stateUpdated: Date?
        /// The metric's namespace, e.g. `AWS/ApplicationELB`.
        public var namespace: String?
        /// The metric's name, e.g. `HTTPCode_Target_5XX_Count`.
        public var metricName: String?
        /// The metric's dimensions, by name.
        public var dimensions: [String: String]

        /// Creates an alarm record.
        public init(
            name: String, state: String, reason: String? = nil, stateUpdated: Date? = nil, namespace: String? = nil,
            metricName: String? = nil, dimensions: [String: String] = [:]
        ) {
            self.name = name
            self.state = state
            self.reason = reason
            self.stateUpdated = stateUpdated
            self.namespace = namespace
            self.metricName = metricName
            self.dimensions = dimensions
        }

        /// Decodes a `<member>` of `MetricAlarms`.
        public init(xml node: XMLNode) throws {
            name = try node.requiredString("AlarmName")
            state = try node.requiredString("StateValue")
            reason = node.string("StateReason")
            stateUpdated = try node.date("StateUpdatedTimestamp")
            namespace = node.string("Namespace")
            metricName = node.string("MetricName")
            var dimensions: [String: String] = [:]
            for member in node.list("Dimensions") {
                if let key = member.string("Name"), let value = member.string("Value") { dimensions[key] = value }
            }
            self.dimensions = dimensions
        }
    }

    /// `DescribeAlarms` of metric alarms, paginated by `NextToken` (at most 100 a page).
    public struct DescribeAlarms: QueryAction, PaginatedOperation {
        /// Only alarms in this state (`ALARM`, `OK`, `INSUFFICIENT_DATA`), or all.
        public var stateValue: String?
        /// Alarms a page.
        public var maxRecords: Int?
        /// The page token.
        public var nextToken: String?

        /// Creates one call.
        public init(stateValue: String? = nil, maxRecords: Int? = 100, nextToken: String? = nil) {
            self.stateValue = stateValue
            self.maxRecords = maxRecords
            self.nextToken = nextToken
        }

        /// One page of alarms.
        public struct Output: Sendable, Equatable {
            /// The metric alarms of this page.
            public var alarms: [MetricAlarm]
            /// The token of the next page.
            public var nextToken: String?
        }

        /// CloudWatch.
        public var service: AWSService { .cloudWatch }
        /// `DescribeAlarms`.
        public var name: String { "DescribeAlarms" }

        /// `AlarmTypes.member.1=MetricAlarm`, `StateValue`, `MaxRecords`, `NextToken`.
        public var parameters: QueryParameters {
            var params = QueryParameters()
            params.add("AlarmTypes.member.1", "MetricAlarm")
            params.add("StateValue", stateValue)
            params.add("MaxRecords", maxRecords)
            params.add("NextToken", nextToken)
            return params
        }

        /// Decodes `MetricAlarms` and `NextToken`.
        public func decode(_ reply: AWSReply) throws -> Output {
            let result = try reply.queryResult()
            return Output(
                alarms: try result.map("MetricAlarms", MetricAlarm.init(xml:)), nextToken: result.string("NextToken"))
        }

        /// The same request for the page after `token`.
        public func withPageToken(_ token: String) -> Self { with(\.nextToken, token) }
        /// The alarms of a page.
        public func items(of page: Output) -> [MetricAlarm] { page.alarms }
        /// The next page's token.
        public func nextPageToken(of page: Output) -> String? { page.nextToken }
    }
}
