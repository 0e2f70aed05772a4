/// One call of an AWS API: how to encode it and how to decode its successful reply.
public protocol AWSOperation: Sendable {
    /// The decoded reply.
    associatedtype Output: Sendable

    /// The service this operation belongs to.
    var service: AWSService { get }
    /// The operation name, e.g. `DescribeAutoScalingGroups`.
    var name: String { get }
    /// Whether sending it twice has the effect of sending it once; reads are, mutations say so.
    ///
    /// A call that is not idempotent is retried only when the service provably did not act on it
    /// (a throttling reply, or no connection made).
    var isIdempotent: Bool { get }
    /// Whether the request is signed; false for the few anonymous calls (`AssumeRoleWithWebIdentity`).
    var requiresSigning: Bool { get }

    /// The protocol-level request.
    func request() throws -> OperationRequest
    /// Decodes a successful (2xx) reply.
    func decode(_ reply: AWSReply) throws -> Output
}

extension AWSOperation {
    /// Reads are idempotent; operations that change something override this.
    public var isIdempotent: Bool { true }
    /// Requests are signed unless an operation says otherwise.
    public var requiresSigning: Bool { true }
}

/// A successful reply handed to an operation's decoder, with protocol-aware helpers.
public struct AWSReply: Sendable {
    /// The HTTP response as received.
    public var response: HTTPResponse
    /// The operation name, for locating `<NameResult>`.
    public var operation: String

    /// Wraps a response.
    public init(response: HTTPResponse, operation: String) {
        self.response = response
        self.operation = operation
    }

    /// The body bytes.
    public var body: [UInt8] { response.body }

    /// The whole body as an XML tree.
    public func xml() throws -> XMLNode {
        try XMLTreeParser.parse(response.body)
    }

    /// The `<OperationResult>` element of a query-protocol reply (`<OperationResponse>` root).
    ///
    /// Operations with no output have no result element; then the response element is returned.
    public func queryResult() throws -> XMLNode {
        let root = try xml()
        guard root.name == "\(operation)Response" else {
            throw AWSDecodingError(.unexpectedShape, path: root.name, detail: "expected <\(operation)Response>")
        }
        return root.child("\(operation)Result") ?? root
    }

    /// The `<OperationResponse>` root of an EC2 reply, whose fields sit directly inside it.
    public func ec2Result() throws -> XMLNode {
        let root = try xml()
        guard root.name == "\(operation)Response" else {
            throw AWSDecodingError(.unexpectedShape, path: root.name, detail: "expected <\(operation)Response>")
        }
        return root
    }

    /// The root of a rest-xml reply, checked to be called `rootName`.
    public func restXMLRoot(_ rootName: String) throws -> XMLNode {
        let root = try xml()
        guard root.name == rootName else {
            throw AWSDecodingError(.unexpectedShape, path: root.name, detail: "expected <\(rootName)>")
        }
        return root
    }

    /// The body decoded as JSON into `type`, whatever the Content-Type says.
    public func json<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try JSONProtocol.decode(type, from: response.body)
    }
}
