import AWSCore

extension ELBv2 {
    /// One target group.
    public struct TargetGroup: Sendable, Equatable {
        /// The ARN.
        public var arn: String
        /// The name.
        public var name: String
        /// `HTTP`, `HTTPS`, `TCP`, ...
        public var `protocol`: String?
        /// The port targets receive traffic on.
        public var port: Int?
        /// `instance`, `ip`, `lambda` or `alb`.
        public var targetType: String?
        /// Whether health checks are on (per-AZ health metrics exist only then).
        public var healthCheckEnabled: Bool?
        /// The health-check path.
        public var healthCheckPath: String?
        /// The VPC id.
        public var vpcID: String?
        /// The load balancers that route to this group.
        public var loadBalancerARNs: [String]

        /// Decodes a `<member>` of `TargetGroups`.
        public init(xml node: XMLNode) throws {
            arn = try node.requiredString("TargetGroupArn")
            name = try node.requiredString("TargetGroupName")
            `protocol` = node.string("Protocol")
            port = try node.int("Port")
            targetType = node.string("TargetType")
            healthCheckEnabled = try node.bool("HealthCheckEnabled")
            healthCheckPath = node.string("HealthCheckPath")
            vpcID = node.string("VpcId")
            loadBalancerARNs = node.strings("LoadBalancerArns")
        }
    }

    /// `DescribeTargetGroups`: target groups of a load balancer, by ARN or name, paginated by `Marker`.
    public struct DescribeTargetGroups: QueryAction, PaginatedOperation {
        /// Only the groups of this load balancer.
        public var loadBalancerARN: String?
        /// ARNs to describe.
        public var arns: [String]
        /// Names to describe.
        public var names: [String]
        /// Page size (at most 400).
        public var pageSize: Int?
        /// The page marker.
        public var marker: String?

        /// Describes the given target groups, or all.
        public init(
            loadBalancerARN: String? = nil, arns: [String] = [], names: [String] = [],
            pageSize: Int? = nil, marker: String? = nil
        ) {
            self.loadBalancerARN = loadBalancerARN
            self.arns = arns
            self.names = names
            self.pageSize = pageSize
            self.marker = marker
        }

        /// One page of target groups.
        public struct Output: Sendable, Equatable {
            /// The target groups of this page.
            public var targetGroups: [TargetGroup]
            /// The marker of the next page.
            public var nextMarker: String?
        }

        /// ELBv2.
        public var service: AWSService { .elasticLoadBalancingV2 }
        /// `DescribeTargetGroups`.
        public var name: String { "DescribeTargetGroups" }

        /// `LoadBalancerArn`, `TargetGroupArns.member.N`, `Names.member.N`, `Marker`, `PageSize`.
        public var parameters: QueryParameters {
            var params = QueryParameters()
            params.add("LoadBalancerArn", loadBalancerARN)
            params.addList("TargetGroupArns", arns.isEmpty ? nil : arns)
            params.addList("Names", names.isEmpty ? nil : names)
            params.add("Marker", marker)
            params.add("PageSize", pageSize)
            return params
        }

        /// Decodes `TargetGroups` and `NextMarker`.
        public func decode(_ reply: AWSReply) throws -> Output {
            let result = try reply.queryResult()
            return Output(
                targetGroups: try result.map("TargetGroups", TargetGroup.init(xml:)),
                nextMarker: result.string("NextMarker"))
        }

        /// The same request for the page after `token`.
        public func withPageToken(_ token: String) -> Self { with(\.marker, token) }
        /// The target groups of a page.
        public func items(of page: Output) -> [TargetGroup] { page.targetGroups }
        /// The next page's marker.
        public func nextPageToken(of page: Output) -> String? { page.nextMarker }
    }
}
