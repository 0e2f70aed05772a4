import AWSCore

extension EC2 {
    /// One instance type, reduced to what the vCPU quota needs.
    public struct InstanceTypeInfo: Sendable, Equatable {
        /// The type, e.g. `m5.large`.
        public var instanceType: String
        /// Its vCPUs (`VCpuInfo.DefaultVCpus`), what EC2's vCPU quotas count.
        public var defaultVCPUs: Int

        /// Decodes an `<item>` of `instanceTypeSet`; throws when it names no type or no vCPUs.
        public init(xml node: XMLNode) throws {
            instanceType = try node.requiredString("instanceType")
            defaultVCPUs = try node.requiredChild("vCpuInfo").requiredInt("defaultVCpus")
        }

        /// A type with `defaultVCPUs` (tests).
        public init(instanceType: String, defaultVCPUs: Int) {
            self.instanceType = instanceType
            self.defaultVCPUs = defaultVCPUs
        }
    }

    /// `DescribeInstanceTypes`: the named types' details (at most 100 a request), paginated by `NextToken`.
    public struct DescribeInstanceTypes: QueryAction, PaginatedOperation {
        /// The types; empty for every type the region offers.
        public var instanceTypes: [String]
        /// Page size (5 to 100).
        public var maxResults: Int?
        /// The page token.
        public var nextToken: String?

        /// Describes `instanceTypes`.
        public init(instanceTypes: [String], maxResults: Int? = nil, nextToken: String? = nil) {
            self.instanceTypes = instanceTypes
            self.maxResults = maxResults
            self.nextToken = nextToken
        }

        /// One page of types.
        public struct Output: Sendable, Equatable {
            /// The types of this page.
            public var instanceTypes: [InstanceTypeInfo]
            /// The token of the next page.
            public var nextToken: String?
        }

        /// EC2.
        public var service: AWSService { .ec2 }
        /// `DescribeInstanceTypes`.
        public var name: String { "DescribeInstanceTypes" }

        /// `InstanceType.N`, `MaxResults`, `NextToken`.
        public var parameters: QueryParameters {
            var params = QueryParameters()
            params.addList("InstanceType", instanceTypes, member: nil)
            params.add("MaxResults", maxResults)
            params.add("NextToken", nextToken)
            return params
        }

        /// Decodes `instanceTypeSet/item` and `nextToken`.
        public func decode(_ reply: AWSReply) throws -> Output {
            let root = try reply.ec2Result()
            return Output(
                instanceTypes: try root.map("instanceTypeSet", member: "item", InstanceTypeInfo.init(xml:)),
                nextToken: root.string("nextToken"))
        }

        /// The same request for the page after `token`.
        public func withPageToken(_ token: String) -> Self { with(\.nextToken, token) }
        /// The types of a page.
        public func items(of page: Output) -> [InstanceTypeInfo] { page.instanceTypes }
        /// The next page's token.
        public func nextPageToken(of page: Output) -> String? { page.nextToken }
    }
}
