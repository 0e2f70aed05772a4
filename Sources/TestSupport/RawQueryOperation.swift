import AWSCore

/// Any query-protocol call, given by name and parameters, answering its result element; for
/// seeding test servers with calls Flightdeck itself never makes.
public struct RawQueryOperation: AWSOperation {
    /// The service.
    public var service: AWSService
    /// The action name.
    public var name: String
    /// The parameters, without `Action` and `Version`.
    public var parameters: [(String, String)]

    /// Creates a call of `action` on `service` with `parameters`.
    public init(_ service: AWSService, _ action: String, _ parameters: [(String, String)] = []) {
        self.service = service
        self.name = action
        self.parameters = parameters
    }

    /// The form POST (EC2's and the other query services' encodings are the same at this level).
    public func request() throws -> OperationRequest {
        var params = QueryParameters()
        for (key, value) in parameters { params.add(key, value) }
        return .query(action: name, version: service.wireProtocol.apiVersion, parameters: params)
    }

    /// The `<ActionResult>` element, or the response root when there is none.
    public func decode(_ reply: AWSReply) throws -> XMLNode {
        try reply.queryResult()
    }
}
