import AWSCore

extension ELBv2 {
    /// `DescribeTags`: the tags of up to 20 load balancers or target groups.
    public struct DescribeTags: QueryAction {
        /// The most ARNs one call takes.
        public static let maxResources = 20

        /// The load balancer or target group ARNs.
        public var resourceARNs: [String]

        /// Asks for the tags of `resourceARNs` (at most 20).
        public init(resourceARNs: [String]) {
            self.resourceARNs = resourceARNs
        }

        /// ELBv2.
        public var service: AWSService { .elasticLoadBalancingV2 }
        /// `DescribeTags`.
        public var name: String { "DescribeTags" }

        /// `ResourceArns.member.N`.
        public var parameters: QueryParameters {
            var params = QueryParameters()
            params.addList("ResourceArns", resourceARNs)
            return params
        }

        /// Decodes `TagDescriptions` into tags by ARN.
        public func decode(_ reply: AWSReply) throws -> [String: [String: String]] {
            var byARN: [String: [String: String]] = [:]
            for description in try reply.queryResult().list("TagDescriptions") {
                guard let arn = description.string("ResourceArn") else { continue }
                byARN[arn] = ResourceTags.read(description, list: "Tags")
            }
            return byARN
        }
    }
}
