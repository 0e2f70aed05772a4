import AWSCore
import CurlTransport
import Foundation
import Testing

extension CurlTransportTests {
    /// HTTP/2 over TLS, against nghttp2's own server where it is installed (Debian's
    /// `nghttp2-server`); the Python fixture speaks only HTTP/1.1.
    @Suite(
        .enabled(
            if: HTTP2Server.isInstalled || ProcessInfo.processInfo.environment["CI"] == "true",
            "needs nghttpd (apt-get install nghttp2-server); under CI=true it must be there"))
    struct HTTP2 {
        @Test func concurrentRequestsShareOneMultiplexedConnection() async throws {
            let server = try HTTP2Server()
            defer { server.stop() }
            let configuration = CurlTransport.Configuration(environment: [
                "AWS_CA_BUNDLE": LoopbackServer.certificatePath
            ])
            let request = HTTPRequest(method: "GET", url: server.url("/hello.txt"))
            // nghttpd listens a moment after it starts: probe, retrying only while the port
            // refuses, with a transport of its own (the server's connection 1).
            let probe = makeTransport(configuration)
            var first: HTTPResponse?
            while first == nil {
                do {
                    first = try await probe.send(request)
                } catch TransportError.connect {
                    try await Task.sleep(for: .milliseconds(20))
                }
            }
            probe.shutdown()
            let transport = makeTransport(configuration)

            // A cold burst: all 20 start before any connection to the host exists.
            let bodies = try await withThrowingTaskGroup(of: [UInt8].self) { group in
                for _ in 0..<20 { group.addTask { try await transport.send(request).body } }
                return try await group.reduce(into: [[UInt8]]()) { $0.append($1) }
            }

            #expect(bodies == Array(repeating: Array("hello over h2\n".utf8), count: 20))
            // HTTP/2 header names arrive in lower case (an HTTP/1.1 server would say Content-Length).
            #expect(first?.headers.contains { $0.name == "content-length" } == true)
            // The probe's connection, then a single one for the whole burst.
            #expect(try server.connectionIDs() == ["[id=1]", "[id=2]"])
        }
    }
}
