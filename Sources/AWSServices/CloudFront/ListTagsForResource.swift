import AWSCore

extension CloudFront {
    /// `ListTagsForResource`: a distribution's tags (rest-xml, `GET /2020-05-31/tagging?Resource=ARN`).
    public struct ListTagsForResource: AWSOperation {
        /// The distribution's ARN.
        public var resourceARN: String

        /// Asks for the tags of `resourceARN`.
        public init(resourceARN: String) {
            self.resourceARN = resourceARN
        }

        /// CloudFront.
        public var service: AWSService { .cloudFront }
        /// `ListTagsForResource`.
        public var name: String { "ListTagsForResource" }

        /// The GET with the ARN in the query.
        public func request() throws -> OperationRequest {
            var query = QueryParameters()
            query.add("Resource", resourceARN)
            return .rest(pathSegments: [service.wireProtocol.apiVersion, "tagging"], query: query)
        }

        /// Decodes `<Tags><Items><Tag><Key/><Value/></Tag></Items></Tags>`.
        public func decode(_ reply: AWSReply) throws -> [String: String] {
            let root = try reply.restXMLRoot("Tags")
            return ResourceTags.read(root, list: "Items", member: "Tag")
        }
    }
}
