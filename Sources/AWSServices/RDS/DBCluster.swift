import AWSCore

extension RDS {
    /// One Aurora (or Multi-AZ) DB cluster and its members.
    public struct DBCluster: Sendable, Equatable {
        /// The cluster identifier.
        public var identifier: String
        /// `available`, `failing-over`, `backing-up`, ...
        public var status: String
        /// The engine, e.g. `aurora-postgresql`.
        public var engine: String?
        /// Whether the cluster spans zones.
        public var multiAZ: Bool?
        /// The zones the cluster's storage is in.
        public var availabilityZones: [String]
        /// The writer endpoint.
        public var endpoint: String?
        /// The reader endpoint.
        public var readerEndpoint: String?
        /// The member instances.
        public var members: [Member]
        /// Its tags (`TagList`).
        public var tags: [String: String]

        /// One instance of a cluster.
        public struct Member: Sendable, Equatable {
            /// The instance identifier.
            public var instanceIdentifier: String
            /// Whether it is the writer now.
            public var isWriter: Bool
            /// Failover priority: 0 first, 15 last.
            public var promotionTier: Int?

            /// Creates a member.
            public init(instanceIdentifier: String, isWriter: Bool, promotionTier: Int?) {
                self.instanceIdentifier = instanceIdentifier
                self.isWriter = isWriter
                self.promotionTier = promotionTier
            }
        }

        /// Decodes a `<DBCluster>`.
        public init(xml node: XMLNode) throws {
            identifier = try node.requiredString("DBClusterIdentifier")
            status = try node.requiredString("Status")
            engine = node.string("Engine")
            multiAZ = try node.bool("MultiAZ")
            availabilityZones = node.strings("AvailabilityZones", member: "AvailabilityZone")
            endpoint = node.string("Endpoint")
            readerEndpoint = node.string("ReaderEndpoint")
            members = try node.map("DBClusterMembers", member: "DBClusterMember") { member in
                Member(
                    instanceIdentifier: try member.requiredString("DBInstanceIdentifier"),
                    isWriter: try member.bool("IsClusterWriter") ?? false,
                    promotionTier: try member.int("PromotionTier"))
            }
            tags = ResourceTags.read(node, list: "TagList", member: "Tag")
        }
    }

    /// `DescribeDBClusters`: one cluster or all, paginated by `Marker`.
    public struct DescribeDBClusters: QueryAction, PaginatedOperation {
        /// The cluster; nil for all.
        public var identifier: String?
        /// Page size (20 to 100).
        public var maxRecords: Int?
        /// The page marker.
        public var marker: String?

        /// Describes `identifier`, or every cluster.
        public init(identifier: String? = nil, maxRecords: Int? = nil, marker: String? = nil) {
            self.identifier = identifier
            self.maxRecords = maxRecords
            self.marker = marker
        }

        /// One page of clusters.
        public struct Output: Sendable, Equatable {
            /// The clusters of this page.
            public var clusters: [DBCluster]
            /// The marker of the next page.
            public var marker: String?
        }

        /// RDS.
        public var service: AWSService { .rds }
        /// `DescribeDBClusters`.
        public var name: String { "DescribeDBClusters" }

        /// `DBClusterIdentifier`, `MaxRecords`, `Marker`.
        public var parameters: QueryParameters {
            var params = QueryParameters()
            params.add("DBClusterIdentifier", identifier)
            params.add("MaxRecords", maxRecords)
            params.add("Marker", marker)
            return params
        }

        /// Decodes `DBClusters/DBCluster` and `Marker`.
        public func decode(_ reply: AWSReply) throws -> Output {
            let result = try reply.queryResult()
            return Output(
                clusters: try result.map("DBClusters", member: "DBCluster", DBCluster.init(xml:)),
                marker: result.string("Marker"))
        }

        /// The same request for the page after `token`.
        public func withPageToken(_ token: String) -> Self { with(\.marker, token) }
        /// The clusters of a page.
        public func items(of page: Output) -> [DBCluster] { page.clusters }
        /// The next page's marker.
        public func nextPageToken(of page: Output) -> String? { page.marker }
    }
}
