import AWSCore

extension RDS {
    /// One DB instance: where it runs, and where its standby does.
    public struct DBInstance: Sendable, Equatable {
        /// The instance identifier.
        public var identifier: String
        /// The instance class, e.g. `db.r6g.large`.
        public var instanceClass: String?
        /// The engine, e.g. `postgres`.
        public var engine: String?
        /// `available`, `modifying`, `rebooting`, `failing-over`, ...
        public var status: String
        /// Whether a Multi-AZ standby exists.
        public var multiAZ: Bool
        /// The primary's zone.
        public var availabilityZone: String?
        /// The standby's zone (Multi-AZ); swapped with the primary's after a failover.
        public var secondaryAvailabilityZone: String?
        /// The Aurora cluster the instance belongs to.
        public var clusterIdentifier: String?
        /// The endpoint host name.
        public var endpointAddress: String?
        /// The endpoint port.
        public var endpointPort: Int?
        /// Its tags (`TagList`).
        public var tags: [String: String]

        /// Decodes a `<DBInstance>`.
        public init(xml node: XMLNode) throws {
            identifier = try node.requiredString("DBInstanceIdentifier")
            instanceClass = node.string("DBInstanceClass")
            engine = node.string("Engine")
            status = try node.requiredString("DBInstanceStatus")
            multiAZ = try node.bool("MultiAZ") ?? false
            availabilityZone = node.string("AvailabilityZone")
            secondaryAvailabilityZone = node.string("SecondaryAvailabilityZone")
            clusterIdentifier = node.string("DBClusterIdentifier")
            endpointAddress = node.descendant("Endpoint", "Address")?.trimmedText
            endpointPort = try node.child("Endpoint")?.int("Port")
            tags = ResourceTags.read(node, list: "TagList", member: "Tag")
        }
    }

    /// `DescribeDBInstances`: one instance or all, paginated by `Marker`.
    public struct DescribeDBInstances: QueryAction, PaginatedOperation {
        /// The instance; nil for all.
        public var identifier: String?
        /// Filters, e.g. `db-cluster-id`.
        public var filters: [QueryFilter]
        /// Page size (20 to 100).
        public var maxRecords: Int?
        /// The page marker.
        public var marker: String?

        /// Describes `identifier`, or every instance.
        public init(
            identifier: String? = nil, filters: [QueryFilter] = [], maxRecords: Int? = nil, marker: String? = nil
        ) {
            self.identifier = identifier
            self.filters = filters
            self.maxRecords = maxRecords
            self.marker = marker
        }

        /// One page of instances.
        public struct Output: Sendable, Equatable {
            /// The instances of this page.
            public var instances: [DBInstance]
            /// The marker of the next page.
            public var marker: String?
        }

        /// RDS.
        public var service: AWSService { .rds }
        /// `DescribeDBInstances`.
        public var name: String { "DescribeDBInstances" }

        /// `DBInstanceIdentifier`, `Filters.Filter.N...`, `MaxRecords`, `Marker`.
        public var parameters: QueryParameters {
            var params = QueryParameters()
            params.add("DBInstanceIdentifier", identifier)
            params.addFilters(filters, style: .rds)
            params.add("MaxRecords", maxRecords)
            params.add("Marker", marker)
            return params
        }

        /// Decodes `DBInstances/DBInstance` and `Marker`.
        public func decode(_ reply: AWSReply) throws -> Output {
            let result = try reply.queryResult()
            return Output(
                instances: try result.map("DBInstances", member: "DBInstance", DBInstance.init(xml:)),
                marker: result.string("Marker"))
        }

        /// The same request for the page after `token`.
        public func withPageToken(_ token: String) -> Self { with(\.marker, token) }
        /// The instances of a page.
        public func items(of page: Output) -> [DBInstance] { page.instances }
        /// The next page's marker.
        public func nextPageToken(of page: Output) -> String? { page.marker }
    }
}
