import AWSCore
import AWSSigV4
import Foundation
import SimulatorServer

/// An `HTTPTransport` that hands each request straight to an in-process simulator: the signing,
/// encoding and decoding are the production code's, only the socket is skipped.
public struct SimulatorTransport: HTTPTransport {
    /// The simulation answering.
    public let host: SimulationHost
    /// How long a request may wait for a slow reply before it counts as timed out, in seconds.
    public let timeout: TimeInterval

    /// Wraps `host`; replies slower than `timeout` (the simulator's `slow` fault) time out as libcurl's would.
    public init(host: SimulationHost, timeout: TimeInterval = 10) {
        self.host = host
        self.timeout = timeout
    }

    /// Converts the request, lets the simulator answer, and turns its wire faults into transport errors.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let components = URLComponents(url: request.url, resolvingAgainstBaseURL: false)
        var headers = request.headers
        if !headers.contains(where: { $0.name.lowercased() == "host" }) {
            let port = components?.port.map { ":\($0)" } ?? ""
            headers.append(HTTPHeader("Host", (components?.host ?? "localhost") + port))
        }
        let wire = WireRequest(
            method: request.method,
            rawPath: components?.percentEncodedPath.isEmpty == false ? (components?.percentEncodedPath ?? "/") : "/",
            rawQuery: components?.percentEncodedQuery ?? "", headers: headers, body: request.body)
        let response = await host.handle(wire)
        let limit = request.timeout ?? timeout
        if response.delay > 0 {
            try await Task.sleep(for: .seconds(min(response.delay, limit)))
            if response.delay > limit { throw TransportError.timeout(seconds: limit) }
        }
        switch response.delivery {
        case .complete:
            return HTTPResponse(status: response.status, headers: response.headers, body: response.body)
        case .truncated:
            throw TransportError.broken(detail: "transfer closed with outstanding read data remaining")
        case .dropped:
            throw TransportError.broken(detail: "connection reset by peer")
        }
    }
}
