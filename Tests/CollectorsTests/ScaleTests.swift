import Collectors
import DashboardModel
import Foundation
import Testing

/// A thousand extra services in the simulator (`--scale 1000`): every page is followed, every
/// resource mapped, and an extra group can be scaled like the shop's.
@Suite struct ScaleTests {
    @Test func aThousandServicesArePagedThroughAndMapped() async throws {
        let account = SimulatedAccount(selection: Selection(discoveryCap: 5_000), extraServices: 1_000)
        guard case let .autoScaling(groups) = await account.collector.poll(.autoScaling) else {
            Issue.record("Auto Scaling poll failed")
            return
        }
        #expect(groups.count == 1_001)
        #expect(Set(groups.map(\.name)).count == 1_001, "no page repeated")
        #expect(groups.last?.name == "svc-1000-asg" && groups.last?.instances.count == 2)
        guard case let .targetHealth(targetGroups) = await account.collector.poll(.targetHealth) else {
            Issue.record("target health poll failed")
            return
        }
        #expect(targetGroups.count == 1_001)
        #expect(targetGroups.allSatisfy { $0.targets.allSatisfy { $0.zone != nil } })
        guard case let .databases(databases, _) = await account.collector.poll(.databases) else {
            Issue.record("RDS poll failed")
            return
        }
        #expect(databases.count == 1_001)
        #expect(await account.collector.warnings().isEmpty)

        let executor = ScalingExecutor(
            clients: ["us-east-1": account.client],
            audit: AuditLog(
                path: FileManager.default.temporaryDirectory.appendingPathComponent("fd-\(UUID().uuidString)/a.jsonl")
                    .path),
            caller: nil, profile: nil, origin: .cli, clock: account.clock)
        let extra = try #require(groups.first { $0.name == "svc-0500-asg" })
        let outcome = await executor.apply(
            ScalingPlanner.plan(ScalingRequest(group: extra.name, desired: 4), group: extra, prices: .bundled))
        #expect(outcome.result == .applied, "\(outcome.detail)")
        #expect(await account.model().extraServices[499].desiredCapacity == 4)
    }

    @Test func theDiscoveryCapIsReportedNotSilent() async throws {
        let account = SimulatedAccount(selection: Selection(discoveryCap: 200), extraServices: 300)
        guard case let .autoScaling(groups) = await account.collector.poll(.autoScaling) else {
            Issue.record("Auto Scaling poll failed")
            return
        }
        #expect(groups.count == 200)
        #expect(
            await account.collector.warnings() == [.discoveryCapped(.autoScalingGroups, found: 301, cap: 200)])
        _ = await account.collector.poll(.autoScaling)
        #expect(await account.collector.warnings().isEmpty, "said once, not on every poll")
    }
}
