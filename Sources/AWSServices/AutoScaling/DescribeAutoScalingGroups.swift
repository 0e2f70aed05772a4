import AWSCore

extension AutoScaling {
    /// `DescribeAutoScalingGroups`: the named groups (all when none named), paginated by `NextToken`.
    public struct DescribeAutoScalingGroups: QueryAction, PaginatedOperation {
        /// Group names to describe; empty for all.
        public var names: [String]
        /// Page size (at most 100).
        public var maxRecords: Int?
        /// The page token.
        public var nextToken: String?

        /// Describes `names` (all groups when empty).
        public init(names: [String] = [], maxRecords: Int? = nil, nextToken: String? = nil) {
            self.names = names
            self.maxRecords = maxRecords
            self.nextToken = nextToken
        }

        /// One page of groups.
        public struct Output: Sendable, Equatable {
            /// The groups of this page.
            public var groups: [Group]
            /// The token of the next page.
            public var nextToken: String?
        }

        /// Auto Scaling.
        public var service: AWSService { .autoScaling }
        /// `DescribeAutoScalingGroups`.
        public var name: String { "DescribeAutoScalingGroups" }

        /// `AutoScalingGroupNames.member.N`, `MaxRecords`, `NextToken`.
        public var parameters: QueryParameters {
            var params = QueryParameters()
            params.addList("AutoScalingGroupNames", names.isEmpty ? nil : names)
            params.add("MaxRecords", maxRecords)
            params.add("NextToken", nextToken)
            return params
        }

        /// Decodes `AutoScalingGroups` and `NextToken`.
        public func decode(_ reply: AWSReply) throws -> Output {
            let result = try reply.queryResult()
            return Output(
                groups: try result.map("AutoScalingGroups", Group.init(xml:)), nextToken: result.string("NextToken"))
        }

        /// The same request for the page after `token`.
        public func withPageToken(_ token: String) -> Self { with(\.nextToken, token) }
        /// The groups of a page.
        public func items(of page: Output) -> [Group] { page.groups }
        /// The next page's token.
        public func nextPageToken(of page: Output) -> String? { page.nextToken }
    }
}
