import AWSCore
import Foundation

extension ELBv2 {
    /// One Application, Network or Gateway Load Balancer.
    public struct LoadBalancer: Sendable, Equatable {
        /// The ARN.
        public var arn: String
        /// The name.
        public var name: String
        /// The DNS name.
        public var dnsName: String?
        /// `application`, `network` or `gateway`.
        public var type: String?
        /// `internet-facing` or `internal`.
        public var scheme: String?
        /// `active`, `provisioning`, `active_impaired` or `failed`.
        public var state: String?
        /// Why the state is what it is.
        public var stateReason: String?
        /// The VPC id.
        public var vpcID: String?
        /// The zones the load balancer is enabled in.
        public var availabilityZones: [String]
        /// When it was created.
        public var createdTime: Date?

        /// Decodes a `<member>` of `LoadBalancers`.
        public init(xml node: XMLNode) throws {
            arn = try node.requiredString("LoadBalancerArn")
            name = try node.requiredString("LoadBalancerName")
            dnsName = node.string("DNSName")
            type = node.string("Type")
            scheme = node.string("Scheme")
            state = node.descendant("State", "Code")?.trimmedText
            stateReason = node.descendant("State", "Reason")?.trimmedText
            vpcID = node.string("VpcId")
            availabilityZones = node.list("AvailabilityZones").compactMap { $0.string("ZoneName") }
            createdTime = try node.date("CreatedTime")
        }
    }

    /// `DescribeLoadBalancers`: load balancers by ARN or name (all when none), paginated by `Marker`.
    public struct DescribeLoadBalancers: QueryAction, PaginatedOperation {
        /// ARNs to describe.
        public var arns: [String]
        /// Names to describe.
        public var names: [String]
        /// Page size (at most 400).
        public var pageSize: Int?
        /// The page marker.
        public var marker: String?

        /// Describes the given load balancers, or all.
        public init(arns: [String] = [], names: [String] = [], pageSize: Int? = nil, marker: String? = nil) {
            self.arns = arns
            self.names = names
            self.pageSize = pageSize
            self.marker = marker
        }

        /// One page of load balancers.
        public struct Output: Sendable, Equatable {
            /// The load balancers of this page.
            public var loadBalancers: [LoadBalancer]
            /// The marker of the next page.
            public var nextMarker: String?
        }

        /// ELBv2.
        public var service: AWSService { .elasticLoadBalancingV2 }
        /// `DescribeLoadBalancers`.
        public var name: String { "DescribeLoadBalancers" }

        /// `LoadBalancerArns.member.N`, `Names.member.N`, `Marker`, `PageSize`.
        public var parameters: QueryParameters {
            var params = QueryParameters()
            params.addList("LoadBalancerArns", arns.isEmpty ? nil : arns)
            params.addList("Names", names.isEmpty ? nil : names)
            params.add("Marker", marker)
            params.add("PageSize", pageSize)
            return params
        }

        /// Decodes `LoadBalancers` and `NextMarker`.
        public func decode(_ reply: AWSReply) throws -> Output {
            let result = try reply.queryResult()
            return Output(
                loadBalancers: try result.map("LoadBalancers", LoadBalancer.init(xml:)),
                nextMarker: result.string("NextMarker"))
        }

        /// The same request for the page after `token`.
        public func withPageToken(_ token: String) -> Self { with(\.marker, token) }
        /// The load balancers of a page.
        public func items(of page: Output) -> [LoadBalancer] { page.loadBalancers }
        /// The next page's marker.
        public func nextPageToken(of page: Output) -> String? { page.nextMarker }
    }
}
