/// One HTTP header as sent: its name as written and its raw value.
public struct HTTPHeader: Sendable, Equatable, Hashable {
    /// The header name, in the case the sender wrote it.
    public var name: String
    /// The raw header value.
    public var value: String

    /// Creates a header.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// What the signer needs to know of a request: method, path, query, headers and body.
public struct SigningRequest: Sendable, Equatable, HeaderLookup {
    /// The HTTP method, e.g. `GET` or `POST`.
    public var method: String
    /// The URL path as it appears in the request line (no query), e.g. `/` or `/2020-05-31/distribution`.
    public var path: String
    /// The raw query string without the leading `?` (empty when there is none).
    public var query: String
    /// The headers in the order they are sent. Repeated names are allowed.
    public var headers: [HTTPHeader]
    /// The request body.
    public var body: [UInt8]

    /// Creates a request to sign.
    public init(method: String, path: String, query: String = "", headers: [HTTPHeader], body: [UInt8] = []) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// Replaces every header called `name` (case-insensitively) by one with `value`, appended at the end.
    public mutating func setHeader(_ name: String, _ value: String) {
        let wanted = name.lowercased()
        headers.removeAll { $0.name.lowercased() == wanted }
        headers.append(HTTPHeader(name, value))
    }
}
