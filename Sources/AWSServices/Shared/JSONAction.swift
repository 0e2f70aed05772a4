import AWSCore

/// An operation of a JSON 1.1 service: its `Input` is the body, its target `Prefix.Operation`.
public protocol JSONAction: AWSOperation where Output: Decodable {
    /// The request body's type.
    associatedtype Input: Encodable
    /// The request body.
    var input: Input { get }
}

extension JSONAction {
    /// The JSON POST with `X-Amz-Target` from the service's target prefix.
    public func request() throws -> OperationRequest {
        guard case let .json(version, prefix) = service.wireProtocol else {
            throw AWSDecodingError(.unexpectedShape, path: "", detail: "\(service.serviceID) does not speak JSON")
        }
        return try .json(targetPrefix: prefix, operation: name, input: input, version: version)
    }

    /// The body decoded as `Output`, whatever its Content-Type.
    public func decode(_ reply: AWSReply) throws -> Output {
        try reply.json(Output.self)
    }
}
