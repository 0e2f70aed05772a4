import AWSCore
import CurlTransport
import Foundation
import Testing

extension CurlTransportTests {
    /// Requests running side by side, and connections kept for the next request.
    @Suite struct Concurrency {
        /// Sends `request` `count` times at once and returns the statuses.
        func statuses(of request: HTTPRequest, count: Int, through transport: CurlTransport) async throws -> [Int] {
            try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<count {
                    group.addTask { try await transport.send(request).status }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
        }

        @Test func fiftyRequestsAreInFlightTogether() async throws {
            let server = try LoopbackServer()
            defer { server.stop() }
            let transport = makeTransport(.init(environment: [:], maxConnectionsPerHost: 64))

            // Each request is held by the server until 50 are in flight (or a second passes), so
            // a transport that sent them one by one would see at most one in flight.
            let statuses = try await statuses(of: server.get("/concurrency?target=50"), count: 50, through: transport)

            #expect(statuses == Array(repeating: 200, count: 50))
            let stats = try await ServerStats.fetch(server, transport)
            #expect(stats.max_in_flight >= 20)
        }

        @Test func connectionsToOneHostAreCappedAndTheRestWait() async throws {
            let server = try LoopbackServer()
            defer { server.stop() }
            let transport = makeTransport(.init(environment: [:], maxConnectionsPerHost: 4))

            // The server holds each request until 4 are in flight (or a second passes): with the cap
            // at 4, every batch is released at once and no fifth connection is ever opened.
            let statuses = try await statuses(of: server.get("/concurrency?target=4"), count: 40, through: transport)

            #expect(statuses == Array(repeating: 200, count: 40))
            let stats = try await ServerStats.fetch(server, transport)
            #expect(stats.max_in_flight == 4)
            #expect(stats.connections <= 4)
        }

        @Test func sequentialRequestsReuseOneConnection() async throws {
            let server = try LoopbackServer()
            defer { server.stop() }
            let transport = makeTransport()

            var connectionIDs: [String] = []
            for _ in 0..<20 {
                let response = try await transport.send(server.get("/count-connections"))
                connectionIDs.append(response.header("X-Connection-Id") ?? "none")
            }
            let final = try await transport.send(server.get("/count-connections"))

            #expect(Set(connectionIDs) == ["1"])
            #expect(final.body == Array("1".utf8))
        }

        @Test func manyRequestsLeakNoFileDescriptors() async throws {
            let server = try LoopbackServer()
            defer { server.stop() }
            // Warm up once so libcurl's and OpenSSL's one-time state is loaded before counting.
            let warmUp = makeTransport()
            _ = try await warmUp.send(server.get("/echo"))
            warmUp.shutdown()
            let before = try openFileDescriptorCount()
            let transport = makeTransport()

            var peak = 0
            for round in 0..<10 {
                let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                    for index in 0..<50 {
                        let path = index % 10 == 0 ? "/status/500" : index % 5 == 0 ? "/status/404?r=\(round)" : "/echo"
                        let request = server.get(path)
                        group.addTask { try await transport.send(request).status }
                    }
                    return try await group.reduce(into: [Int]()) { $0.append($1) }
                }
                #expect(statuses.count == 50)
                peak = max(peak, try openFileDescriptorCount())
            }
            transport.shutdown()
            let after = try openFileDescriptorCount()

            // At most one connection per concurrent request stays open between rounds...
            #expect(peak <= before + 50 + 8)
            // ...and shutting down closes every socket and the multi handle's wake-up descriptors. Other
            // suites run in parallel in this process and may hold a few descriptors of their own at
            // either count; a leak here would be one per request, hundreds.
            #expect(after <= before + 4)
        }
    }
}
