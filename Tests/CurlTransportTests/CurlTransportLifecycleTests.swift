import AWSCore
import CurlTransport
import Foundation
import Testing

extension CurlTransportTests {
    /// Cancellation and shutdown.
    @Suite struct Lifecycle {
        @Test func cancellingAWaitingTaskThrowsAndTheTransportGoesOn() async throws {
            let server = try LoopbackServer()
            defer { server.stop() }
            let transport = makeTransport()
            // A long limit: if cancellation did not stop the transfer, this would end in .timeout.
            let hang = server.get("/hang", timeout: 60)
            let waiting = Task { try await transport.send(hang) }
            try await ServerStats.waitForHanging(1, on: server, transport)

            waiting.cancel()

            await #expect(throws: CancellationError.self) { try await waiting.value }
            #expect(try await transport.send(server.get("/echo")).status == 200)
        }

        @Test func cancellingOneRequestLeavesTheOthersRunning() async throws {
            let server = try LoopbackServer()
            defer { server.stop() }
            let transport = makeTransport()
            let hang = server.get("/hang", timeout: 60)
            let slow = server.get("/delay/0.3")
            let waiting = Task { try await transport.send(hang) }
            let others = (0..<5).map { _ in Task { try await transport.send(slow) } }
            try await ServerStats.waitForHanging(1, on: server, transport)

            waiting.cancel()

            await #expect(throws: CancellationError.self) { try await waiting.value }
            for other in others {
                #expect(try await other.value.body == Array("delayed".utf8))
            }
        }

        @Test func taskCancelledBeforeSendingThrowsWithoutSending() async throws {
            let server = try LoopbackServer()
            defer { server.stop() }
            let transport = makeTransport()
            let (gate, open) = AsyncStream<Void>.makeStream()
            let hang = server.get("/hang", timeout: 60)
            let waiting = Task {
                for await _ in gate {}
                return try await transport.send(hang)
            }

            waiting.cancel()
            open.finish()

            await #expect(throws: CancellationError.self) { try await waiting.value }
            #expect(try await ServerStats.fetch(server, transport).hanging == 0)
        }

        @Test func shutdownFailsRunningAndLaterRequests() async throws {
            let server = try LoopbackServer()
            defer { server.stop() }
            let transport = makeTransport()
            let hang = server.get("/hang", timeout: 60)
            let waiting = Task { try await transport.send(hang) }
            try await ServerStats.waitForHanging(1, on: server, transport)

            transport.shutdown()

            await #expect(throws: TransportError.unavailable(detail: "transport shut down")) { try await waiting.value }
            await #expect(throws: TransportError.unavailable(detail: "transport shut down")) {
                try await transport.send(server.get("/echo"))
            }
            transport.shutdown()
        }
    }
}
