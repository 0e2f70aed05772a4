import AWSCore
import AWSSigV4
import Collectors
import DashboardModel
import Foundation
import TestSupport
import Testing

/// The read before a change, throttled as a busy account's Auto Scaling throttle answers.
@Suite struct ThrottledRereadTests {
    /// Answers the first `throttled` DescribeAutoScalingGroups calls with AWS's Throttling error.
    final class ThrottlingTransport: HTTPTransport, @unchecked Sendable {
        let inner: SimulatorTransport
        private let lock = NSLock()
        private var left: Int
        private var mutating = 0

        init(_ inner: SimulatorTransport, throttled: Int) {
            self.inner = inner
            left = throttled
        }

        var mutatingCalls: Int { lock.withLock { mutating } }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            let body = String(decoding: request.body, as: UTF8.self)
            if body.contains("Action=SetDesiredCapacity") || body.contains("Action=UpdateAutoScalingGroup") {
                lock.withLock { mutating += 1 }
            }
            let throttle =
                body.contains("Action=DescribeAutoScalingGroups")
                && lock.withLock {
                    guard left > 0 else { return false }
                    left -= 1
                    return true
                }
            guard throttle else { return try await inner.send(request) }
            let xml =
                "<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error>"
                + "<RequestId>11111111-2222-3333-4444-555555555555</RequestId></ErrorResponse>"
            return HTTPResponse(status: 400, headers: [HTTPHeader("Content-Type", "text/xml")], body: Array(xml.utf8))
        }
    }

    /// Records each pause the executor takes.
    final class Pauses: @unchecked Sendable {
        private let lock = NSLock()
        private var taken: [Double] = []
        var all: [Double] { lock.withLock { taken } }
        func take(_ seconds: Double) { lock.withLock { taken.append(seconds) } }
    }

    func run(throttled: Int) async throws -> (ScalingOutcome, ThrottlingTransport, Pauses, SimulatedAccount) {
        let account = SimulatedAccount()
        guard case let .autoScaling(groups) = await account.collector.poll(.autoScaling), let group = groups.first
        else {
            throw CancellationError()
        }
        let plan = ScalingPlanner.plan(ScalingRequest(group: "web-asg", desired: 4), group: group, prices: .bundled)
        let transport = ThrottlingTransport(SimulatorTransport(host: account.host), throttled: throttled)
        let pauses = Pauses()
        let audit = AuditLog(
            path: FileManager.default.temporaryDirectory
                .appendingPathComponent("flightdeck-audit-\(UUID().uuidString)/audit.jsonl").path)
        let executor = ScalingExecutor(
            clients: ["us-east-1": AWSClient.simulated(transport: transport, sleep: { _ in })], audit: audit,
            caller: nil, profile: nil, origin: .dashboard, clock: account.clock,
            sleep: { pauses.take($0) })
        return (await executor.apply(plan), transport, pauses, account)
    }

    @Test func aReadThrottledForAWhileIsTriedAgainAndTheChangeApplied() async throws {
        // The client tries three times itself; the fourth throttle falls on the executor's second read.
        let (outcome, transport, pauses, account) = try await run(throttled: 4)
        #expect(outcome.result == .applied, "\(outcome.detail)")
        #expect(pauses.all == [1])
        #expect(transport.mutatingCalls == 1)
        #expect(await account.model().group.desiredCapacity == 4)
    }

    @Test func aReadThatStaysThrottledSaysPlainlyNothingWasApplied() async throws {
        let (outcome, transport, pauses, account) = try await run(throttled: 1_000)
        #expect(outcome.result == .refused)
        guard case let .unreadable(group, tries, waited, reason) = outcome.detail else {
            Issue.record("\(outcome.detail)")
            return
        }
        #expect(group == "web-asg" && tries == 4 && waited == 7)
        #expect(reason.contains("Throttling"))
        #expect(pauses.all == [1, 2, 4])
        #expect(transport.mutatingCalls == 0)
        #expect(await account.model().group.desiredCapacity == 2)
        #expect(outcome.record.result == .refused)
    }
}
