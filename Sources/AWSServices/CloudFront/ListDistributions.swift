import AWSCore
import Foundation

extension CloudFront {
    /// The summary of one distribution.
    public struct Distribution: Sendable, Equatable {
        /// The distribution id, e.g. `E2QWRUHEXAMPLE`.
        public var id: String
        /// The ARN.
        public var arn: String?
        /// `Deployed` or `InProgress`.
        public var status: String
        /// The `*.cloudfront.net` domain name.
        public var domainName: String
        /// The alternate domain names (CNAMEs).
        public var aliases: [String]
        /// Whether the distribution serves requests.
        public var enabled: Bool?
        /// The comment.
        public var comment: String?
        /// When it last changed.
        public var lastModifiedTime: Date?

        /// Decodes a `<DistributionSummary>`.
        public init(xml node: XMLNode) throws {
            id = try node.requiredString("Id")
            arn = node.string("ARN")
            status = try node.requiredString("Status")
            domainName = try node.requiredString("DomainName")
            aliases = node.child("Aliases")?.strings("Items", member: "CNAME") ?? []
            enabled = try node.bool("Enabled")
            comment = node.string("Comment")
            lastModifiedTime = try node.date("LastModifiedTime")
        }
    }

    /// `ListDistributions` (`GET /2020-05-31/distribution`), paginated by `Marker`.
    public struct ListDistributions: PaginatedOperation {
        /// Page size, as the API's string.
        public var maxItems: Int?
        /// The page marker.
        public var marker: String?

        /// Lists distributions from `marker`.
        public init(maxItems: Int? = nil, marker: String? = nil) {
            self.maxItems = maxItems
            self.marker = marker
        }

        /// One page of distributions.
        public struct Output: Sendable, Equatable {
            /// The distributions of this page.
            public var distributions: [Distribution]
            /// The marker of the next page, when `IsTruncated`.
            public var nextMarker: String?
        }

        /// CloudFront.
        public var service: AWSService { .cloudFront }
        /// `ListDistributions`.
        public var name: String { "ListDistributions" }

        /// `GET /2020-05-31/distribution?Marker=&MaxItems=`.
        public func request() throws -> OperationRequest {
            var query = QueryParameters()
            query.add("Marker", marker)
            query.add("MaxItems", maxItems)
            return .rest(pathSegments: [service.wireProtocol.apiVersion, "distribution"], query: query)
        }

        /// Decodes `<DistributionList>`.
        public func decode(_ reply: AWSReply) throws -> Output {
            let list = try reply.restXMLRoot("DistributionList")
            let truncated = try list.bool("IsTruncated") ?? false
            return Output(
                distributions: try list.map("Items", member: "DistributionSummary", Distribution.init(xml:)),
                nextMarker: truncated ? list.string("NextMarker") : nil)
        }

        /// The same request for the page after `token`.
        public func withPageToken(_ token: String) -> Self { with(\.marker, token) }
        /// The distributions of a page.
        public func items(of page: Output) -> [Distribution] { page.distributions }
        /// The next page's marker.
        public func nextPageToken(of page: Output) -> String? { page.nextMarker }
    }
}
