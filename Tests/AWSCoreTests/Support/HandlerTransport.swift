import AWSCore
import Foundation

/// A transport that answers from a handler and records every request.
final class HandlerTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [HTTPRequest] = []
    private let handler: @Sendable (HTTPRequest) throws -> HTTPResponse

    /// Answers each request with `handler`.
    init(_ handler: @escaping @Sendable (HTTPRequest) throws -> HTTPResponse) {
        self.handler = handler
    }

    /// A transport with nothing behind it: every request fails to connect.
    static func unreachable() -> HandlerTransport {
        HandlerTransport { _ in throw TransportError.connect(detail: "connection refused") }
    }

    /// The requests sent so far.
    var requests: [HTTPRequest] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    /// Records `request` and answers it.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        lock.withLock { recorded.append(request) }
        return try handler(request)
    }
}
