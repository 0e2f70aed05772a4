import AWSCore
import CurlTransport
import Foundation

/// What `/echo` saw of a request.
struct EchoReply: Decodable {
    /// The request method.
    var method: String
    /// The request target as sent (absolute through a proxy).
    var path: String
    /// Header name and value pairs, in order.
    var headers: [[String]]
    /// The body, base64.
    var body: String

    /// Decodes `/echo`'s reply.
    init(_ response: HTTPResponse) throws {
        self = try JSONDecoder().decode(EchoReply.self, from: Data(response.body))
    }

    /// The values of header `name`, case-insensitively, in order.
    func values(_ name: String) -> [String] {
        headers.filter { $0.first?.lowercased() == name.lowercased() }.map { $0.count > 1 ? $0[1] : "" }
    }

    /// The decoded body bytes.
    var bodyBytes: [UInt8] { Data(base64Encoded: body).map { [UInt8]($0) } ?? [] }
}

/// What `/stats` reports.
struct ServerStats: Decodable {
    /// The most requests ever in flight at once in `/concurrency`.
    var max_in_flight: Int
    /// TCP connections accepted.
    var connections: Int
    /// `/hang` requests received.
    var hanging: Int

    /// Fetches the stats of `server` through `transport`.
    static func fetch(_ server: LoopbackServer, _ transport: CurlTransport) async throws -> ServerStats {
        try JSONDecoder().decode(ServerStats.self, from: Data(try await transport.send(server.get("/stats")).body))
    }

    /// Returns once `server` has received `count` `/hang` requests (polled; no time limit here,
    /// the test run's own limit applies).
    static func waitForHanging(_ count: Int, on server: LoopbackServer, _ transport: CurlTransport) async throws {
        while try await fetch(server, transport).hanging < count {
            try await Task.sleep(for: .milliseconds(20))
        }
    }
}

/// A transport that ignores the process environment's `AWS_CA_BUNDLE`.
func makeTransport(_ configuration: CurlTransport.Configuration = .init(environment: [:])) -> CurlTransport {
    CurlTransport(configuration: configuration)
}

/// The number of open file descriptors of this process.
func openFileDescriptorCount() throws -> Int {
    try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count
}
