import AWSCore
import CurlTransport
import Foundation
import Testing

extension CurlTransportTests {
    /// Requests that get no HTTP response, and the errors they end with.
    @Suite struct Failures {
        @Test func hungEndpointTimesOutWithTheRequestsLimit() async throws {
            let server = try LoopbackServer()
            defer { server.stop() }

            await #expect(throws: TransportError.timeout(seconds: 0.5)) {
                try await makeTransport().send(server.get("/hang", timeout: 0.5))
            }
        }

        @Test func hungEndpointTimesOutWithTheConfiguredLimit() async throws {
            let server = try LoopbackServer()
            defer { server.stop() }
            let transport = makeTransport(.init(totalTimeout: 0.4, environment: [:]))

            await #expect(throws: TransportError.timeout(seconds: 0.4)) {
                try await transport.send(server.get("/hang"))
            }
        }

        @Test func requestTimeoutOverridesTheConfiguredLimit() async throws {
            let server = try LoopbackServer()
            defer { server.stop() }
            let transport = makeTransport(.init(totalTimeout: 0.2, environment: [:]))

            let response = try await transport.send(server.get("/delay/0.6", timeout: 30))

            #expect(response.body == Array("delayed".utf8))
        }

        @Test func closedPortIsAConnectError() async throws {
            let server = try LoopbackServer()
            let closed = server.get("/echo")
            server.stop()

            let error = await #expect(throws: TransportError.self) { try await makeTransport().send(closed) }

            guard case .connect(let detail)? = error else { Issue.record("got \(String(describing: error))"); return }
            #expect(!detail.isEmpty)
        }

        @Test func unresolvableHostIsADNSError() async throws {
            let request = HTTPRequest(method: "GET", url: try #require(URL(string: "http://nonexistent.invalid/")))

            let error = await #expect(throws: TransportError.self) { try await makeTransport().send(request) }

            guard case .dns(let host, let detail)? = error else {
                Issue.record("got \(String(describing: error))"); return
            }
            #expect(host == "nonexistent.invalid")
            #expect(detail.contains("nonexistent.invalid"))
        }

        @Test func truncatedBodyIsABrokenConnection() async throws {
            let server = try LoopbackServer()
            defer { server.stop() }

            let error = await #expect(throws: TransportError.self) {
                try await makeTransport().send(server.get("/truncated"))
            }

            guard case .broken? = error else { Issue.record("got \(String(describing: error))"); return }
        }

        @Test func schemesOtherThanHTTPAreRefused() async throws {
            let request = HTTPRequest(method: "GET", url: try #require(URL(string: "file:///etc/hostname")))

            let error = await #expect(throws: TransportError.self) { try await makeTransport().send(request) }

            guard case .unavailable? = error else { Issue.record("got \(String(describing: error))"); return }
        }

        @Test func untrustedCertificateIsATLSError() async throws {
            let server = try LoopbackServer(tls: true)
            defer { server.stop() }

            let error = await #expect(throws: TransportError.self) {
                try await makeTransport().send(server.get("/echo"))
            }

            guard case .tls? = error else { Issue.record("got \(String(describing: error))"); return }
        }
    }
}
