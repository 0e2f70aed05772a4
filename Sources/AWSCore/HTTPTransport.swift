import AWSSigV4
import Foundation

/// One HTTP request as the transport sends it.
public struct HTTPRequest: Sendable, Equatable, HeaderLookup {
    /// The HTTP method.
    public var method: String
    /// The absolute URL, e.g. `https://autoscaling.us-east-1.amazonaws.com/`.
    public var url: URL
    /// The headers, in order; repeated names allowed.
    public var headers: [HTTPHeader]
    /// The body bytes.
    public var body: [UInt8]
    /// How long the whole exchange may take, in seconds; nil for the transport's default.
    public var timeout: TimeInterval?

    /// Creates a request.
    public init(method: String, url: URL, headers: [HTTPHeader] = [], body: [UInt8] = [], timeout: TimeInterval? = nil)
    {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }
}

/// One HTTP response as received.
public struct HTTPResponse: Sendable, Equatable, HeaderLookup {
    /// The status code, e.g. 200.
    public var status: Int
    /// The response headers, in order.
    public var headers: [HTTPHeader]
    /// The body bytes.
    public var body: [UInt8]

    /// Creates a response.
    public init(status: Int, headers: [HTTPHeader] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// Why a request got no HTTP response at all.
public enum TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The host name did not resolve.
    case dns(host: String, detail: String)
    /// No connection could be made (refused, unreachable).
    case connect(detail: String)
    /// The exchange took longer than allowed.
    case timeout(seconds: TimeInterval)
    /// TLS failed (certificate, handshake).
    case tls(detail: String)
    /// The connection broke mid-exchange (reset, truncated reply).
    case broken(detail: String)
    /// The transport is shut down or could not be set up.
    case unavailable(detail: String)

    /// A one-line explanation for the operator.
    public var description: String {
        switch self {
        case let .dns(host, detail): return "cannot resolve \(host): \(detail)"
        case let .connect(detail): return "cannot connect: \(detail)"
        case let .timeout(seconds): return "no reply within \(Self.format(seconds)) s"
        case let .tls(detail): return "TLS failed: \(detail)"
        case let .broken(detail): return "connection broken: \(detail)"
        case let .unavailable(detail): return "transport unavailable: \(detail)"
        }
    }

    private static func format(_ seconds: TimeInterval) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.1f", seconds)
    }
}

/// Sends HTTP requests. The production implementation is libcurl's; tests use scripted fakes.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns the response, or throws `TransportError` when none came.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
