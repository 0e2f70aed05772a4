import Collectors
import DashboardModel
import Foundation
import Testing

/// `scale` and `schedule` read the vCPU quota's room for the group's type as the dashboard does.
@Suite struct QuotaCheckTests {
    func shopGroup(_ account: SimulatedAccount) async throws -> AutoScalingGroupStatus {
        guard case let .autoScaling(groups) = await account.collector.poll(.autoScaling) else {
            Issue.record("Auto Scaling poll failed")
            throw CancellationError()
        }
        return try #require(groups.first { $0.name == "web-asg" })
    }

    @Test func theRoomIsTheDashboardsAndTheFaultLowersIt() async throws {
        let account = SimulatedAccount()
        let group = try await shopGroup(account)
        let running = group.instances.filter { $0.lifecycle != .other && $0.lifecycle != .terminating }.count
        let check = await account.collector.quotaCheck(for: group)
        #expect(check.missing.isEmpty)
        #expect(
            check.room
                == ScalingPlan.QuotaRoom(
                    instanceType: "m5.large", vcpusPerInstance: 2, quota: 64, inUse: running * 2, source: .applied))

        await account.fault(#"{"kind": "vcpu-quota", "vcpus": 8}"#)
        let kept = await account.collector.quotaCheck(for: group)
        #expect(kept.room == check.room, "a quota read is kept five minutes: Service Quotas allows few calls")
        account.advance(301)
        let lowered = await account.collector.quotaCheck(for: group)
        #expect(lowered.room?.fit == (8 - running * 2) / 2)
        let plan = ScalingPlanner.plan(
            ScalingRequest(group: group.name, desired: group.desired + 10), group: group,
            prices: .bundled, quotaRoom: lowered.room)
        #expect(plan.warnings.contains { if case .vcpuQuotaRoom = $0 { true } else { false } })
    }

    @Test func aDeniedQuotaLeavesNoRoomAndNamesTheCall() async throws {
        let account = SimulatedAccount(denying: ["servicequotas:GetServiceQuota"])
        let group = try await shopGroup(account)
        let check = await account.collector.quotaCheck(for: group)
        #expect(check.room == nil)
        #expect(check.missing.map(\.fact) == [.vcpuQuota])
        #expect(
            check.missing.first?.failure.action == "servicequotas:GetServiceQuota"
                && check.missing.first?.failure.kind == .accessDenied)
    }

    @Test func aGroupOutsideTheWatchedRegionsIsNotChecked() async throws {
        let account = SimulatedAccount()
        var group = try await shopGroup(account)
        group.region = "ap-south-1"
        let check = await account.collector.quotaCheck(for: group)
        #expect(check.room == nil && check.missing.isEmpty)
    }
}
