import AWSCore
import AWSSigV4
import CurlTransport
import Foundation
import Testing

/// Tests of `CurlTransport` against a real loopback server, one test at a time: some count the
/// process's file descriptors or set proxy variables in its environment.
@Suite(.serialized)
struct CurlTransportTests {
    /// Sending a request and reading the reply.
    @Suite struct Exchange {
        @Test func echoRoundTripKeepsRepeatedHeadersAndBinaryBody() async throws {
            let server = try LoopbackServer()
            defer { server.stop() }
            let transport = makeTransport()
            let body = (0..<(256 * 1024)).map { UInt8(truncatingIfNeeded: $0 &* 7) }
            let request = HTTPRequest(
                method: "POST", url: server.url("/echo?a=1&b=two"),
                headers: [
                    HTTPHeader("X-Repeat", "one"), HTTPHeader("Content-Type", "application/octet-stream"),
                    HTTPHeader("X-Repeat", "two"), HTTPHeader("X-Empty", "")
                ],
                body: body)

            let response = try await transport.send(request)

            #expect(response.status == 200)
            #expect(response.header("content-type") == "application/json")
            let echo = try EchoReply(response)
            #expect(echo.method == "POST")
            #expect(echo.path == "/echo?a=1&b=two")
            #expect(echo.values("X-Repeat") == ["one", "two"])
            #expect(echo.values("X-Empty") == [""])
            #expect(echo.values("Content-Type") == ["application/octet-stream"])
            #expect(echo.values("Content-Length") == ["\(body.count)"])
            #expect(echo.bodyBytes == body)
        }

        @Test func libcurlDefaultHeadersAreLeftOutUnlessSet() async throws {
            let server = try LoopbackServer()
            defer { server.stop() }
            let transport = makeTransport()

            let plain = try EchoReply(
                try await transport.send(
                    HTTPRequest(method: "POST", url: server.url("/echo"), body: Array(repeating: 1, count: 2_000_000))))
            let explicit = try EchoReply(
                try await transport.send(
                    HTTPRequest(
                        method: "GET", url: server.url("/echo"), headers: [HTTPHeader("Accept", "application/json")])))

            #expect(plain.values("Expect").isEmpty)
            #expect(plain.values("Accept").isEmpty)
            #expect(plain.values("Content-Type").isEmpty)
            #expect(plain.bodyBytes.count == 2_000_000)
            #expect(explicit.values("Accept") == ["application/json"])
        }

        @Test(arguments: ["PUT", "PATCH", "DELETE", "GET"])
        func methodsAreSentAsGiven(method: String) async throws {
            let server = try LoopbackServer()
            defer { server.stop() }
            let transport = makeTransport()
            let body: [UInt8] = method == "DELETE" || method == "GET" ? [] : Array("payload".utf8)

            let echo = try EchoReply(
                try await transport.send(HTTPRequest(method: method, url: server.url("/echo"), body: body)))

            #expect(echo.method == method)
            #expect(echo.bodyBytes == body)
        }

        @Test func headRequestHasHeadersAndNoBody() async throws {
            let server = try LoopbackServer()
            defer { server.stop() }

            let response = try await makeTransport().send(HTTPRequest(method: "HEAD", url: server.url("/echo")))

            #expect(response.status == 200)
            #expect(response.header("Content-Length") != nil)
            #expect(response.body.isEmpty)
        }

        @Test(arguments: [200, 201, 204, 301, 304, 400, 403, 404, 429, 500, 503])
        func statusCodesAreReturnedNotThrown(status: Int) async throws {
            let server = try LoopbackServer()
            defer { server.stop() }

            let response = try await makeTransport().send(server.get("/status/\(status)"))

            #expect(response.status == status)
            #expect(response.body == ((status == 204 || status == 304) ? [] : Array("status \(status)".utf8)))
        }

        @Test func headersComeFromTheFinalResponseInOrder() async throws {
            let server = try LoopbackServer()
            defer { server.stop() }
            let request = HTTPRequest(
                method: "POST", url: server.url("/headers"),
                headers: [HTTPHeader("Expect", "100-continue")], body: Array("x".utf8))

            let response = try await makeTransport().send(request)

            #expect(response.status == 200)
            #expect(response.header("X-Interim") == nil)
            let names = response.headers.map(\.name)
            #expect(
                names.filter { $0 == "Set-Cookie" || $0 == "X-Multi" } == [
                    "Set-Cookie", "X-Multi", "Set-Cookie", "X-Multi"
                ])
            #expect(response.headers.filter { $0.name == "Set-Cookie" }.map(\.value) == ["a=1", "b=2"])
            #expect(response.headers.filter { $0.name == "X-Multi" }.map(\.value) == ["first", "second"])
            #expect(response.header("content-length") == "2")
        }

        @Test func largeBodyArrivesWhole() async throws {
            let server = try LoopbackServer()
            defer { server.stop() }

            let response = try await makeTransport().send(server.get("/big"))

            #expect(response.body.count == 8 * 1024 * 1024)
            #expect(response.body.indices.allSatisfy { response.body[$0] == UInt8($0 % 251) })
        }
    }
}
