import AWSCore

extension ELBv2 {
    /// The health of one target of a target group.
    public struct TargetHealth: Sendable, Equatable {
        /// The target id: an instance id, an IP address or a Lambda ARN.
        public var targetID: String
        /// The port.
        public var port: Int?
        /// The zone given at registration (IP targets; `all` for outside the VPC); nil for instances.
        public var availabilityZone: String?
        /// `initial`, `healthy`, `unhealthy`, `unhealthy.draining`, `unused`, `draining`, `unavailable`.
        public var state: String
        /// The reason code, e.g. `Target.FailedHealthChecks`.
        public var reason: String?
        /// The human description of the reason.
        public var detail: String?

        /// Decodes a `<member>` of `TargetHealthDescriptions`.
        public init(xml node: XMLNode) throws {
            let target = try node.requiredChild("Target")
            targetID = try target.requiredString("Id")
            port = try target.int("Port")
            availabilityZone = target.string("AvailabilityZone")
            let health = try node.requiredChild("TargetHealth")
            state = try health.requiredString("State")
            reason = health.string("Reason")
            detail = health.string("Description")
        }
    }

    /// `DescribeTargetHealth`: the health of every target of one target group (not paginated).
    public struct DescribeTargetHealth: QueryAction {
        /// The target group ARN.
        public var targetGroupARN: String

        /// Describes the targets of `targetGroupARN`.
        public init(targetGroupARN: String) {
            self.targetGroupARN = targetGroupARN
        }

        /// ELBv2.
        public var service: AWSService { .elasticLoadBalancingV2 }
        /// `DescribeTargetHealth`.
        public var name: String { "DescribeTargetHealth" }

        /// `TargetGroupArn`.
        public var parameters: QueryParameters {
            var params = QueryParameters()
            params.add("TargetGroupArn", targetGroupARN)
            return params
        }

        /// Decodes `TargetHealthDescriptions`.
        public func decode(_ reply: AWSReply) throws -> [TargetHealth] {
            try reply.queryResult().map("TargetHealthDescriptions", TargetHealth.init(xml:))
        }
    }
}
