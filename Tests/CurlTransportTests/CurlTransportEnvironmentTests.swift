import AWSCore
import CurlTransport
import Foundation
import Testing

extension CurlTransportTests {
    /// What the transport takes from its configuration and the process environment.
    @Suite struct Environment {
        @Test func userAgentNamesFlightdeckAndItsVersion() async throws {
            let server = try LoopbackServer()
            defer { server.stop() }

            let standard = try EchoReply(try await makeTransport().send(server.get("/echo")))
            let versioned = try EchoReply(
                try await makeTransport(.init(version: "9.8.7", environment: [:])).send(server.get("/echo")))

            #expect(standard.values("User-Agent") == ["flightdeck/0.1.0"])
            #expect(versioned.values("User-Agent") == ["flightdeck/9.8.7"])
        }

        @Test func compressionIsOfferedOnlyWhenConfigured() async throws {
            let server = try LoopbackServer()
            defer { server.stop() }

            let plain = try EchoReply(try await makeTransport().send(server.get("/echo")))
            let offering = try EchoReply(
                try await makeTransport(.init(acceptsCompression: true, environment: [:])).send(server.get("/echo")))

            #expect(plain.values("Accept-Encoding").isEmpty)
            #expect(offering.values("Accept-Encoding").first?.contains("gzip") == true)
        }

        @Test(arguments: ["127.0.0.1", "localhost"])
        func awsCABundleIsTrusted(host: String) async throws {
            let server = try LoopbackServer(tls: true)
            defer { server.stop() }
            let transport = makeTransport(.init(environment: ["AWS_CA_BUNDLE": LoopbackServer.certificatePath]))

            let response = try await transport.send(HTTPRequest(method: "GET", url: server.url("/echo", host: host)))

            #expect(response.status == 200)
        }

        @Test func proxyVariablesOfTheProcessEnvironmentAreHonoured() async throws {
            let proxy = try LoopbackServer()
            defer { proxy.stop() }
            let saved = ["http_proxy", "no_proxy"].map { ($0, ProcessInfo.processInfo.environment[$0]) }
            defer {
                for (name, value) in saved.reversed() {
                    if let value { setenv(name, value, 1) } else { unsetenv(name) }
                }
            }
            setenv("no_proxy", "127.0.0.1,localhost", 1)
            setenv("http_proxy", "http://127.0.0.1:\(proxy.port)", 1)
            let transport = makeTransport()
            let viaProxy = HTTPRequest(
                method: "GET", url: try #require(URL(string: "http://flightdeck-proxy.test/echo")))

            let proxied = try EchoReply(try await transport.send(viaProxy))
            let direct = try EchoReply(try await transport.send(proxy.get("/echo")))

            // A proxy receives the absolute URL; a direct request only the path.
            #expect(proxied.path == "http://flightdeck-proxy.test/echo")
            #expect(direct.path == "/echo")
        }
    }
}
