import AWSSigV4
import FlyingFox
import FlyingSocks
import Foundation

/// The simulator on the wire: a FlyingFox HTTP server on 127.0.0.1 that hands every request to a `SimulationHost`.
public final class SimulatorHTTPServer: Sendable {
    /// The simulation behind the server.
    public let host: SimulationHost
    /// The FlyingFox server.
    let server: HTTPServer

    /// A server for `host` on 127.0.0.1:`port` (0 picks a free port).
    public init(host: SimulationHost, port: UInt16) throws {
        self.host = host
        let address = try sockaddr_in.inet(ip4: "127.0.0.1", port: port)
        self.server = HTTPServer(
            address: address, timeout: 120, pool: NoDelaySocketPool(inner: HTTPServer.defaultPool()),
            logger: .disabled, handler: SimulatorHandler(host: host))
    }

    /// Serves until cancelled or stopped.
    public func run() async throws {
        try await server.run()
    }

    /// Returns once the socket listens.
    public func waitUntilListening(timeout: TimeInterval = 10) async throws {
        try await server.waitUntilListening(timeout: timeout)
    }

    /// The port it listens on, once listening.
    public func port() async -> UInt16? {
        if case let .ip4(_, port)? = await server.listeningAddress { return port }
        if case let .ip6(_, port)? = await server.listeningAddress { return port }
        return nil
    }

    /// Stops listening and closes connections, giving open ones up to `timeout` seconds to finish
    /// (FlyingFox's pool keeps running until then, so the wait is the whole `timeout`).
    public func stop(timeout: TimeInterval = 1) async {
        await server.stop(timeout: timeout)
    }
}

/// Converts between FlyingFox's request and response and the simulator's wire types.
struct SimulatorHandler: HTTPHandler {
    /// The simulation.
    let host: SimulationHost

    /// Answers one request.
    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        var headers: [AWSSigV4.HTTPHeader] = []
        for (name, value) in request.headers {
            headers.append(AWSSigV4.HTTPHeader(name.rawValue, value))
        }
        let body = try await request.bodyData
        let wire = WireRequest(
            method: request.method.rawValue, rawPath: request.target.path(), rawQuery: request.target.query(),
            headers: headers, body: Array(body))
        let response = await host.handle(wire)
        if response.delay > 0 {
            try await Task.sleep(nanoseconds: UInt64(response.delay * 1_000_000_000))
        }
        var out = HTTPHeaders()
        for header in response.headers {
            out.addValue(header.value, for: FlyingFox.HTTPHeader(header.name))
        }
        let status = HTTPStatusCode(response.status, phrase: Self.phrase(response.status))
        switch response.delivery {
        case .complete:
            return HTTPResponse(statusCode: status, headers: out, body: Data(response.body))
        case let .truncated(afterBytes):
            out.addValue("close", for: .connection)
            let partial = TruncatedBody(bytes: Array(response.body.prefix(afterBytes)))
            return HTTPResponse(
                statusCode: status, headers: out,
                body: HTTPBodySequence(from: partial, count: response.body.count))
        case .dropped:
            return HTTPResponse(headers: [:], webSocket: DroppingHandler())
        }
    }

    /// The reason phrase of common status codes.
    static func phrase(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 400: return "Bad Request"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 409: return "Conflict"
        case 500: return "Internal Server Error"
        case 503: return "Service Unavailable"
        default: return "Status"
        }
    }
}

/// A body that yields some bytes and then fails, so the server closes the connection mid-body.
struct TruncatedBody: AsyncBufferedSequence {
    /// The bytes sent before the failure.
    let bytes: [UInt8]

    /// The element type.
    typealias Element = UInt8

    /// Makes the iterator.
    func makeAsyncIterator() -> Iterator { Iterator(bytes: bytes) }

    /// Yields the bytes once, then throws.
    struct Iterator: AsyncBufferedIteratorProtocol {
        /// What is left to send.
        var bytes: [UInt8]
        /// Whether the bytes went out already.
        var sent = false

        /// The next byte.
        mutating func next() async throws -> UInt8? {
            guard !bytes.isEmpty else { throw TruncatedBodyError() }
            return bytes.removeFirst()
        }

        /// The bytes, then an error.
        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            guard !sent, !bytes.isEmpty else { throw TruncatedBodyError() }
            sent = true
            return bytes
        }
    }
}

/// The error that ends a truncated body.
struct TruncatedBodyError: Error {}

/// A WebSocket handler that fails before anything is written: FlyingFox then closes the
/// connection without sending a byte, which is how the simulator drops a connection.
struct DroppingHandler: WSHandler {
    /// Always throws.
    func makeFrames(for client: AsyncThrowingStream<WSFrame, any Error>) async throws -> AsyncStream<WSFrame> {
        throw DroppedConnection()
    }
}

/// The error that drops a connection.
struct DroppedConnection: Error {}
