import AWSCore
import Collectors
import CurlTransport
import DashboardModel
import DashboardRender
import Foundation
import SimulatorServer
import TestSupport
import Testing

/// Each wire fault against one service: that panel keeps its last good data, marked stale with the
/// reason; the others stay fresh; polling backs off and recovers when the fault clears.
@Suite struct FaultMatrixTests {
    struct Case: CustomStringConvertible, Sendable {
        let fault: String
        let kind: SourceFailure.Kind
        let says: String
        var description: String { fault }
    }

    static let cases = [
        Case(fault: "throttle", kind: .throttled, says: "Throttling"),
        Case(fault: "error5xx", kind: .server, says: "HTTP 5"),
        Case(fault: "truncate", kind: .unreachable, says: "connection broken"),
        Case(fault: "drop", kind: .unreachable, says: "connection broken"),
        Case(fault: "malformed", kind: .malformed, says: "DescribeAutoScalingGroups")
    ]

    @Test func aReplyThatNeverComesTimesOutAndOnlyThatSourceGoesStale() async throws {
        let account = SimulatedAccount(timeout: 0.2)
        var state = DashboardState(start: account.clock())
        _ = state.apply(.polled(.autoScaling, await account.collector.poll(.autoScaling), account.clock()))
        await account.fault(#"{"kind": "slow", "service": "autoscaling", "delay": 30}"#)
        _ = state.apply(
            .polled(.autoScaling, await account.collector.poll(.autoScaling), account.clock().addingTimeInterval(5)))
        _ = state.apply(
            .polled(.databases, await account.collector.poll(.databases), account.clock().addingTimeInterval(6)))
        #expect(state.groups.failure?.kind == .timeout)
        #expect(state.groups.failure?.action == "autoscaling:DescribeAutoScalingGroups")
        #expect(
            state.groups.failure?.message.contains("no reply within") == true,
            "\(String(describing: state.groups.failure))")
        #expect(state.groups.value?.isEmpty == false)
        #expect(state.staleness(.databases, at: account.clock().addingTimeInterval(6)) == nil)
    }

    @Test func aRefusedConnectionIsATransientFailureWithTheReason() async throws {
        let transport = CurlTransport(configuration: CurlTransport.Configuration(connectTimeout: 1, totalTimeout: 2))
        defer { transport.shutdown() }
        let client = AWSClient(
            endpoints: EndpointResolver(region: "us-east-1", endpointURL: "http://127.0.0.1:1", environment: [:]),
            credentials: FixedCredentialProvider(accessKeyID: "AKID", secretAccessKey: "secret"),
            transport: transport, sleep: { _ in })
        let collector = Collector(
            clients: CollectorClients(regional: [(region: "us-east-1", client: client)], global: client),
            selection: Selection())
        guard case let .failed(failure) = await collector.poll(.autoScaling) else {
            Issue.record("a closed port cannot answer")
            return
        }
        #expect(failure.kind == .unreachable)
        #expect(failure.message.contains("cannot connect"), "\(failure.message)")
    }

    @Test(arguments: cases)
    func aFaultyServiceGoesStaleAloneAndRecovers(_ item: Case) async throws {
        let account = SimulatedAccount()
        var state = DashboardState(start: account.clock())
        var time = 0.0
        func poll(_ source: DataSource) async {
            time += 1
            _ = state.apply(
                .polled(source, await account.collector.poll(source), account.clock().addingTimeInterval(time)))
        }
        await poll(.autoScaling)
        await poll(.databases)
        let good = try #require(state.groups.value)
        await account.fault(#"{"kind": "\#(item.fault)", "service": "autoscaling", "count": 100}"#)
        await poll(.autoScaling)
        await poll(.databases)
        let now = account.clock().addingTimeInterval(time)
        #expect(state.groups.value == good, "the last good data stays")
        let reason = StalenessText.words(try #require(state.staleness(.autoScaling, at: now)))
        #expect(reason.contains(item.says), "\(reason)")
        #expect(state.groups.failure?.kind == item.kind)
        #expect(state.staleness(.databases, at: now) == nil, "RDS is unaffected")
        #expect((state.scheduler.interval(.autoScaling) ?? 0) > DataSource.autoScaling.defaultInterval, "backs off")
        #expect(state.errorLog.last?.source == .autoScaling)
        // Retryable faults were tried three times (the standard retry mode) before the poll gave up;
        // a reply that cannot be parsed is not retried.
        let used = await account.host.wireFaults.active.first.map { 100 - ($0.remaining ?? 0) } ?? 0
        #expect(item.kind == .malformed ? used >= 1 && used < 3 * 3 : used >= 3, "\(used) faulty replies")
        await account.host.clearWireFaults()
        await poll(.autoScaling)
        #expect(state.staleness(.autoScaling, at: account.clock().addingTimeInterval(time)) == nil)
        #expect(state.timeline.last?.entry == .sourceRecovered)
    }
}
