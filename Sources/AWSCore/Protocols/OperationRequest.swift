import AWSSigV4
import Foundation

/// The protocol-level parts of a request, before the client adds the endpoint, Host and signature.
public struct OperationRequest: Sendable, Equatable, HeaderLookup {
    /// The HTTP method.
    public var method: String
    /// The path, percent-encoded as it goes on the request line, e.g. `/` or `/2020-05-31/distribution`.
    public var path: String
    /// The query items, in order; encoded with the RFC 3986 unreserved set.
    public var query: QueryParameters
    /// Protocol headers such as `Content-Type` and `X-Amz-Target`.
    public var headers: [HTTPHeader]
    /// The body bytes.
    public var body: [UInt8]

    /// Creates a request from its parts.
    public init(
        method: String, path: String = "/", query: QueryParameters = QueryParameters(),
        headers: [HTTPHeader] = [], body: [UInt8] = []
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// The encoded query string without `?`; empty when there are no items.
    public var queryString: String { query.formEncoded }

    /// A query-protocol request: form POST to `/` with `Action`, `Version` and then `parameters`.
    public static func query(action: String, version: String, parameters: QueryParameters = QueryParameters())
        -> OperationRequest
    {
        var all = QueryParameters()
        all.add("Action", action)
        all.add("Version", version)
        for pair in parameters.pairs { all.add(pair.name, pair.value) }
        return OperationRequest(
            method: "POST", path: "/",
            headers: [HTTPHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")],
            body: Array(all.formEncoded.utf8))
    }

    /// A JSON 1.1 request: POST to `/` with `X-Amz-Target: prefix.operation` and `input` as the body.
    public static func json<Input: Encodable>(
        targetPrefix: String, operation: String, input: Input,
        version: String = "1.1"
    ) throws -> OperationRequest {
        let body = try JSONProtocol.encode(input)
        return OperationRequest(
            method: "POST", path: "/",
            headers: [
                HTTPHeader("Content-Type", "application/x-amz-json-\(version)"),
                HTTPHeader("X-Amz-Target", "\(targetPrefix).\(operation)")
            ],
            body: body)
    }

    /// A rest-xml request without a body (CloudFront's reads): `method` on `path` with `query`.
    ///
    /// `pathSegments` are percent-encoded one by one, so an identifier cannot inject a `/` or `?`.
    public static func rest(method: String = "GET", pathSegments: [String], query: QueryParameters = QueryParameters())
        -> OperationRequest
    {
        let path = "/" + pathSegments.map { URIEncoding.encode($0) }.joined(separator: "/")
        return OperationRequest(method: method, path: path, query: query)
    }
}
