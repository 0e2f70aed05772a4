import AWSCore
import Collectors
import DashboardModel
import DashboardRender
import Foundation
import SimulatorServer
import TestSupport
import Testing

/// Counts the actions that pass through, for "asked once" checks.
final class ActionCounter: HTTPTransport, @unchecked Sendable {
    let inner: any HTTPTransport
    private let lock = NSLock()
    private var counts: [String: Int] = [:]

    init(_ inner: any HTTPTransport) { self.inner = inner }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        if let action = DenyingTransport.action(of: request) { lock.withLock { counts[action, default: 0] += 1 } }
        return try await inner.send(request)
    }

    func of(_ action: String) -> Int { lock.withLock { counts[action] ?? 0 } }
}

/// The vCPU quota and its use, from the simulator through the production client.
@Suite struct VCPUQuotaCollectorTests {
    @Test func theShopsQuotaUseAndNeedAreReadAndTheFaultLowersTheQuotaToAWarning() async throws {
        let account = SimulatedAccount()
        var state = DashboardState(start: account.clock())
        _ = state.apply(.polled(.autoScaling, await account.collector.poll(.autoScaling), account.clock()))
        _ = state.apply(.polled(.metrics, await account.collector.poll(.metrics), account.clock()))
        let group = try #require(state.groups.value?.first { $0.name == "web-asg" })
        let running = group.instances.filter { $0.lifecycle != .other && $0.lifecycle != .terminating }.count
        let headroom = try #require(state.vcpuHeadroom(in: "us-east-1"))
        #expect(headroom.quota == 64 && headroom.source == .applied)
        #expect(headroom.inUse == running * 2, "the shop's m5.large, 2 vCPUs each")
        #expect(headroom.neededAtMax == 40 - running * 2)
        #expect(headroom.overAtMax == 0)
        #expect(state.missing[.metrics]?.isEmpty ?? true)
        #expect(!state.alerts.contains { $0.code == "vcpu-quota-short" })

        await account.fault(#"{"kind": "vcpu-quota", "vcpus": 16}"#)
        account.advance(60)
        _ = state.apply(.polled(.metrics, await account.collector.poll(.metrics), account.clock()))
        #expect(state.vcpuHeadroom(in: "us-east-1")?.quota == 64, "a quota read is kept five minutes")
        account.advance(241)
        _ = state.apply(.polled(.metrics, await account.collector.poll(.metrics), account.clock()))
        #expect(state.vcpuHeadroom(in: "us-east-1")?.quota == 16, "the fault is the quota GetServiceQuota answers")
        let alert = try #require(state.alerts.first { $0.code == "vcpu-quota-short" })
        #expect(
            AlertText.words(alert)
                == "vCPU quota 16, in use \(running * 2); the watched groups at max need \(40 - running * 2) more: 24 over the quota"
        )
        let document = SnapshotDocument(state: state, account: nil, regions: ["us-east-1"], now: state.now)
        #expect(document.vcpuQuota?.quota == 16 && document.vcpuQuota?.source == "service-quotas")
    }

    @Test func instanceTypesAreAskedOnceASession() async throws {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let host = SimulationHost(seed: 7, speed: 1, wallNow: { start })
        let counter = ActionCounter(SimulatorTransport(host: host))
        let client = AWSClient.simulated(transport: counter, sleep: { _ in })
        let collector = Collector(
            clients: CollectorClients(regional: [(region: "us-east-1", client: client)], global: client),
            selection: Selection(), clock: { start })
        _ = await collector.poll(.autoScaling)
        for _ in 0..<3 { _ = await collector.poll(.metrics) }
        #expect(counter.of("ec2:DescribeInstanceTypes") == 1)
        #expect(counter.of("ec2:DescribeInstances") == 3, "what runs is read every poll")
        #expect(counter.of("servicequotas:GetServiceQuota") == 1, "the quota is kept five minutes")
    }

    @Test func whereNoQuotaIsAppliedAWSsDefaultIsReadAndMarked() async throws {
        // Outside the shop's region the simulator has no applied quota: NoSuchResourceException, as some accounts answer.
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let host = SimulationHost(seed: 7, speed: 1, wallNow: { start })
        let counter = ActionCounter(SimulatorTransport(host: host))
        let client = AWSClient.simulated(region: "eu-west-1", transport: counter, sleep: { _ in })
        let collector = Collector(
            clients: CollectorClients(regional: [(region: "eu-west-1", client: client)], global: client),
            selection: Selection(), clock: { start })
        var state = DashboardState(start: start)
        _ = state.apply(.polled(.metrics, await collector.poll(.metrics), start))
        let headroom = try #require(state.vcpuHeadroom(in: "eu-west-1"))
        #expect(headroom.quota == 5 && headroom.source == .awsDefault && headroom.inUse == 0)
        #expect(counter.of("servicequotas:GetAWSDefaultServiceQuota") == 1)
        #expect(state.missing[.metrics]?.isEmpty ?? true, "the fallback is no failure")
    }

    @Test func aDeniedQuotaCostsOnlyTheQuota() async throws {
        let account = SimulatedAccount(denying: ["servicequotas:GetServiceQuota"])
        var state = DashboardState(start: account.clock())
        _ = state.apply(.polled(.autoScaling, await account.collector.poll(.autoScaling), account.clock()))
        _ = state.apply(.polled(.metrics, await account.collector.poll(.metrics), account.clock()))
        let headroom = try #require(state.vcpuHeadroom(in: "us-east-1"))
        #expect(headroom.quota == nil && headroom.inUse != nil && headroom.neededAtMax != nil)
        let missing = try #require(state.missing[.metrics]?.first)
        #expect(
            missing.fact == .vcpuQuota && missing.failure.action == "servicequotas:GetServiceQuota"
                && missing.failure.kind == .accessDenied)
        #expect(
            account.refusals.of("servicequotas:GetAWSDefaultServiceQuota") == 0,
            "a denial is no reason to ask for the default")
        let document = SnapshotDocument(state: state, account: nil, regions: ["us-east-1"], now: state.now)
        #expect(document.vcpuQuota?.quota == nil && document.vcpuQuota?.inUse != nil)
        #expect(document.errors.map(\.action) == ["servicequotas:GetServiceQuota"])
    }
}

/// A quota read that fails is not tried on every poll: its retries would hold the metrics poll.
@Suite struct VCPUQuotaFailureTests {
    @Test func aFailedReadIsTriedAgainOnlyAfterFiveMinutesAndSaidMissingMeanwhile() async throws {
        let account = SimulatedAccount(denying: ["servicequotas:GetServiceQuota"])
        _ = await account.collector.poll(.autoScaling)
        for _ in 0..<3 {
            guard case let .partial(_, missing) = await account.collector.poll(.metrics) else {
                Issue.record("the metrics poll did not say the quota is missing")
                return
            }
            #expect(missing.map(\.fact) == [.vcpuQuota])
            #expect(missing.first?.failure.action == "servicequotas:GetServiceQuota")
            account.advance(60)
        }
        #expect(account.refusals.of("servicequotas:GetServiceQuota") == 1, "asked once in three polls")
        account.advance(120)
        _ = await account.collector.poll(.metrics)
        #expect(account.refusals.of("servicequotas:GetServiceQuota") == 2, "asked again after five minutes")
    }
}
