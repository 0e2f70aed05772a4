import AWSSigV4

/// One received HTTP request, as the simulator's dispatch sees it: independent of the server library.
public struct WireRequest: Sendable, Equatable, HeaderLookup {
    /// The method, upper case.
    public var method: String
    /// The path exactly as it appeared in the request line (still percent-encoded).
    public var rawPath: String
    /// The raw query string without `?`.
    public var rawQuery: String
    /// The headers as received; names in the sender's case.
    public var headers: [HTTPHeader]
    /// The body.
    public var body: [UInt8]

    /// Creates a request.
    public init(method: String, rawPath: String, rawQuery: String = "", headers: [HTTPHeader], body: [UInt8] = []) {
        self.method = method
        self.rawPath = rawPath
        self.rawQuery = rawQuery
        self.headers = headers
        self.body = body
    }
}

/// The simulator's answer to one request, before the server library writes it.
public struct WireResponse: Sendable, HeaderLookup {
    /// The HTTP status code.
    public var status: Int
    /// The headers to send (Content-Length is added by the server).
    public var headers: [HTTPHeader]
    /// The body.
    public var body: [UInt8]
    /// How the server delivers it: normally, cut short, or not at all.
    public var delivery: Delivery = .complete
    /// Wall-clock seconds to wait before answering.
    public var delay: Double = 0

    /// How a response leaves the server.
    public enum Delivery: Sendable, Equatable {
        /// The whole response.
        case complete
        /// The headers announce the full length but the connection closes after this many body bytes.
        case truncated(afterBytes: Int)
        /// The connection closes without a byte sent.
        case dropped
    }

    /// Creates a response.
    public init(status: Int, headers: [HTTPHeader] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// An XML response.
    public static func xml(_ status: Int, _ text: String, requestID: String) -> WireResponse {
        WireResponse(
            status: status,
            headers: [HTTPHeader("Content-Type", "text/xml"), HTTPHeader("x-amzn-RequestId", requestID)],
            body: Array(text.utf8))
    }

    /// A JSON 1.1 response.
    public static func json(_ status: Int, _ text: String, requestID: String) -> WireResponse {
        WireResponse(
            status: status,
            headers: [
                HTTPHeader("Content-Type", "application/x-amz-json-1.1"), HTTPHeader("x-amzn-RequestId", requestID)
            ], body: Array(text.utf8))
    }
}
