import AWSCore

extension IAM {
    /// `ListAccountAliases`: the account's alias (at most one exists), paginated by `Marker`.
    public struct ListAccountAliases: QueryAction, PaginatedOperation {
        /// The page marker.
        public var marker: String?
        /// Page size.
        public var maxItems: Int?

        /// Lists the aliases.
        public init(marker: String? = nil, maxItems: Int? = nil) {
            self.marker = marker
            self.maxItems = maxItems
        }

        /// One page of aliases.
        public struct Output: Sendable, Equatable {
            /// The aliases.
            public var aliases: [String]
            /// The marker of the next page, when `IsTruncated`.
            public var marker: String?
        }

        /// IAM.
        public var service: AWSService { .iam }
        /// `ListAccountAliases`.
        public var name: String { "ListAccountAliases" }

        /// `Marker`, `MaxItems`.
        public var parameters: QueryParameters {
            var params = QueryParameters()
            params.add("Marker", marker)
            params.add("MaxItems", maxItems)
            return params
        }

        /// Decodes `AccountAliases`, `IsTruncated` and `Marker`.
        public func decode(_ reply: AWSReply) throws -> Output {
            let result = try reply.queryResult()
            let truncated = try result.bool("IsTruncated") ?? false
            return Output(aliases: result.strings("AccountAliases"), marker: truncated ? result.string("Marker") : nil)
        }

        /// The same request for the page after `token`.
        public func withPageToken(_ token: String) -> Self { with(\.marker, token) }
        /// The aliases of a page.
        public func items(of page: Output) -> [String] { page.aliases }
        /// The next page's marker.
        public func nextPageToken(of page: Output) -> String? { page.marker }
    }
}
