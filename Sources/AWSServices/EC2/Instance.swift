import AWSCore
import Foundation

extension EC2 {
    /// One EC2 instance: where it runs and in what state.
    public struct Instance: Sendable, Equatable {
        /// The instance id.
        public var id: String
        /// The instance type.
        public var instanceType: String?
        /// The Availability Zone.
        public var availabilityZone: String?
        /// `pending`, `running`, `shutting-down`, `terminated`, `stopping`, `stopped`.
        public var state: String?
        /// The private IPv4 address (the id of an `ip` target).
        public var privateIPAddress: String?
        /// When it was launched.
        public var launchTime: Date?
        /// The subnet id.
        public var subnetID: String?
        /// The VPC id.
        public var vpcID: String?
        /// The tags, by key.
        public var tags: [String: String]

        /// Decodes an `<item>` of `instancesSet`.
        public init(xml node: XMLNode) throws {
            id = try node.requiredString("instanceId")
            instanceType = node.string("instanceType")
            availabilityZone = node.descendant("placement", "availabilityZone")?.trimmedText
            state = node.descendant("instanceState", "name")?.trimmedText
            privateIPAddress = node.string("privateIpAddress")
            launchTime = try node.date("launchTime")
            subnetID = node.string("subnetId")
            vpcID = node.string("vpcId")
            var tags: [String: String] = [:]
            for tag in node.list("tagSet", member: "item") {
                if let key = tag.string("key") { tags[key] = tag.string("value") ?? "" }
            }
            self.tags = tags
        }
    }

    /// `DescribeInstances`: instances by id or filter, flattened out of their reservations,
    /// paginated by `NextToken`.
    public struct DescribeInstances: QueryAction, PaginatedOperation {
        /// Instance ids; empty for all.
        public var instanceIDs: [String]
        /// Filters, e.g. `instance-state-name`.
        public var filters: [QueryFilter]
        /// Page size (5 to 1000; not allowed together with instance ids).
        public var maxResults: Int?
        /// The page token.
        public var nextToken: String?

        /// Describes the given instances, or all that match `filters`.
        public init(
            instanceIDs: [String] = [], filters: [QueryFilter] = [], maxResults: Int? = nil, nextToken: String? = nil
        ) {
            self.instanceIDs = instanceIDs
            self.filters = filters
            self.maxResults = maxResults
            self.nextToken = nextToken
        }

        /// One page of instances.
        public struct Output: Sendable, Equatable {
            /// The instances of every reservation of this page.
            public var instances: [Instance]
            /// The token of the next page.
            public var nextToken: String?
        }

        /// EC2.
        public var service: AWSService { .ec2 }
        /// `DescribeInstances`.
        public var name: String { "DescribeInstances" }

        /// `InstanceId.N`, `Filter.N.Name`, `Filter.N.Value.M`, `MaxResults`, `NextToken`.
        public var parameters: QueryParameters {
            var params = QueryParameters()
            params.addList("InstanceId", instanceIDs, member: nil)
            params.addFilters(filters, style: .ec2)
            params.add("MaxResults", maxResults)
            params.add("NextToken", nextToken)
            return params
        }

        /// Decodes `reservationSet/item/instancesSet/item` and `nextToken`.
        public func decode(_ reply: AWSReply) throws -> Output {
            let root = try reply.ec2Result()
            let instances = try root.list("reservationSet", member: "item").flatMap {
                try $0.map("instancesSet", member: "item", Instance.init(xml:))
            }
            return Output(instances: instances, nextToken: root.string("nextToken"))
        }

        /// The same request for the page after `token`.
        public func withPageToken(_ token: String) -> Self { with(\.nextToken, token) }
        /// The instances of a page.
        public func items(of page: Output) -> [Instance] { page.instances }
        /// The next page's token.
        public func nextPageToken(of page: Output) -> String? { page.nextToken }
    }
}
