import AWSCore
import Foundation

/// Passes requests to another transport and keeps each request with its reply, in completion order.
final class RecordingTransport: HTTPTransport, @unchecked Sendable {
    /// One exchange: the request sent and the reply (nil when none came).
    struct Exchange: Sendable {
        var request: HTTPRequest
        var response: HTTPResponse?
    }

    /// The transport that really sends.
    let inner: any HTTPTransport
    private let lock = NSLock()
    private var exchanges: [Exchange] = []

    /// Wraps `inner`.
    init(_ inner: any HTTPTransport) {
        self.inner = inner
    }

    /// Sends through the inner transport and records the exchange.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        do {
            let response = try await inner.send(request)
            record(Exchange(request: request, response: response))
            return response
        } catch {
            record(Exchange(request: request, response: nil))
            throw error
        }
    }

    /// Returns the exchanges recorded so far and forgets them.
    func take() -> [Exchange] {
        lock.lock()
        defer { lock.unlock() }
        let taken = exchanges
        exchanges = []
        return taken
    }

    private func record(_ exchange: Exchange) {
        lock.lock()
        exchanges.append(exchange)
        lock.unlock()
    }
}
