import AWSCore
import Foundation

extension RDS {
    /// One RDS event, e.g. RDS-EVENT-0013 "Multi-AZ instance failover started".
    public struct Event: Sendable, Equatable {
        /// The source's identifier.
        public var sourceIdentifier: String?
        /// `db-instance`, `db-cluster`, ...
        public var sourceType: String?
        /// The message.
        public var message: String
        /// Categories, e.g. `failover`.
        public var categories: [String]
        /// When it happened.
        public var date: Date
        /// The source's ARN.
        public var sourceARN: String?

        /// Decodes an `<Event>`.
        public init(xml node: XMLNode) throws {
            sourceIdentifier = node.string("SourceIdentifier")
            sourceType = node.string("SourceType")
            message = try node.requiredString("Message")
            categories = node.strings("EventCategories", member: "EventCategory")
            date = try node.requiredDate("Date")
            sourceARN = node.string("SourceArn")
        }
    }

    /// `DescribeEvents`: events of the last `duration` minutes (default 60), paginated by `Marker`.
    public struct DescribeEvents: QueryAction, PaginatedOperation {
        /// Only events of this source.
        public var sourceIdentifier: String?
        /// `db-instance`, `db-cluster`, ... (required with `sourceIdentifier`).
        public var sourceType: String?
        /// Only events since.
        public var startTime: Date?
        /// Minutes back from now, when no start time is given.
        public var duration: Int?
        /// Only these categories, e.g. `failover`.
        public var categories: [String]
        /// Page size (20 to 100).
        public var maxRecords: Int?
        /// The page marker.
        public var marker: String?

        /// Lists events matching the arguments.
        public init(
            sourceIdentifier: String? = nil, sourceType: String? = nil, startTime: Date? = nil, duration: Int? = nil,
            categories: [String] = [], maxRecords: Int? = nil, marker: String? = nil
        ) {
            self.sourceIdentifier = sourceIdentifier
            self.sourceType = sourceType
            self.startTime = startTime
            self.duration = duration
            self.categories = categories
            self.maxRecords = maxRecords
            self.marker = marker
        }

        /// One page of events.
        public struct Output: Sendable, Equatable {
            /// The events of this page.
            public var events: [Event]
            /// The marker of the next page.
            public var marker: String?
        }

        /// RDS.
        public var service: AWSService { .rds }
        /// `DescribeEvents`.
        public var name: String { "DescribeEvents" }

        /// `SourceIdentifier`, `SourceType`, `StartTime`, `Duration`, `EventCategories.EventCategory.N`, ...
        public var parameters: QueryParameters {
            var params = QueryParameters()
            params.add("SourceIdentifier", sourceIdentifier)
            params.add("SourceType", sourceType)
            params.add("StartTime", startTime)
            params.add("Duration", duration)
            params.addList("EventCategories", categories.isEmpty ? nil : categories, member: "EventCategory")
            params.add("MaxRecords", maxRecords)
            params.add("Marker", marker)
            return params
        }

        /// Decodes `Events/Event` and `Marker`.
        public func decode(_ reply: AWSReply) throws -> Output {
            let result = try reply.queryResult()
            return Output(
                events: try result.map("Events", member: "Event", Event.init(xml:)), marker: result.string("Marker"))
        }

        /// The same request for the page after `token`.
        public func withPageToken(_ token: String) -> Self { with(\.marker, token) }
        /// The events of a page.
        public func items(of page: Output) -> [Event] { page.events }
        /// The next page's marker.
        public func nextPageToken(of page: Output) -> String? { page.marker }
    }
}
