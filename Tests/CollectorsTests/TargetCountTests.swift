import AWSCore
import DashboardModel
import Foundation
import Testing

@testable import Collectors

/// Beyond twenty target groups, CloudWatch's counts per zone stand in for DescribeTargetHealth,
/// which ELB throttles at 10 a second per account and region.
@Suite struct TargetCountTests {
    @Test func twentyTargetGroupsOrFewerAreListedTargetByTarget() async throws {
        let account = SimulatedAccount(extraServices: 10)
        await account.host.advance(seconds: 180)
        _ = await account.collector.poll(.autoScaling)
        guard case let .targetHealth(targetGroups) = await account.collector.poll(.targetHealth) else {
            Issue.record("target health poll failed")
            return
        }
        #expect(targetGroups.count == 11)
        #expect(targetGroups.allSatisfy { $0.source == .listed })
        #expect(account.requests.of("elasticloadbalancing:DescribeTargetHealth") == 11)
        #expect(
            account.requests.of("cloudwatch:GetMetricData") == 0,
            "no metric is bought when every target group is listed")
    }

    @Test func beyondTwentyTheRestAreCountedByCloudWatchPerZone() async throws {
        let account = SimulatedAccount(extraServices: 40)
        await account.host.advance(seconds: 180)
        _ = await account.collector.poll(.autoScaling)
        guard case let .targetHealth(targetGroups) = await account.collector.poll(.targetHealth) else {
            Issue.record("target health poll failed")
            return
        }
        #expect(targetGroups.count == 41)
        #expect(account.requests.of("elasticloadbalancing:DescribeTargetHealth") == 20)
        let listed = targetGroups.filter { $0.source == .listed }
        let counted = targetGroups.filter { if case .counted = $0.source { true } else { false } }
        #expect(listed.count == 20 && counted.count == 21)
        #expect(listed.first?.name == "shop-web-tg", "the first in the panel's order is listed")
        // Each extra service runs 2 healthy instances, one in each of the first two zones.
        for targetGroup in counted {
            #expect(targetGroup.targets.isEmpty)
            #expect(targetGroup.healthyCount == 2, "\(targetGroup.name): \(targetGroup.zoneCounts)")
            #expect(targetGroup.zoneCounts.filter { $0.healthy == 1 }.map(\.zone) == ["us-east-1a", "us-east-1b"])
            guard case let .counted(minute) = targetGroup.source else { continue }
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            #expect(
                minute >= start && minute <= start.addingTimeInterval(60),
                "a complete minute, at least one minute old: \(minute)")
        }
    }

    @Test func theCountsAreBoughtOnceAMinuteNotOnEveryPoll() async throws {
        let account = SimulatedAccount(extraServices: 40)
        await account.host.advance(seconds: 180)
        _ = await account.collector.poll(.autoScaling)
        _ = await account.collector.poll(.targetHealth)
        let bought = account.requests.of("cloudwatch:GetMetricData")
        #expect(bought == 1, "246 series (41 target groups, 3 zones, 2 counts) in one call")
        _ = await account.collector.poll(.targetHealth)
        #expect(
            account.requests.of("cloudwatch:GetMetricData") == bought, "the collector's clock has not moved a minute")
        #expect(account.requests.of("elasticloadbalancing:DescribeTargetHealth") == 40, "twenty listed on each poll")
    }

    @Test func theCountsBoughtAreTwoPerTargetGroupAndZoneOnlyBeyondTwenty() async throws {
        let many = SimulatedAccount(extraServices: 40)
        _ = await many.collector.poll(.targetHealth)
        #expect(await many.collector.targetCountMetrics() == 41 * 3 * 2)
        let few = SimulatedAccount(extraServices: 5)
        _ = await few.collector.poll(.targetHealth)
        #expect(await few.collector.targetCountMetrics() == 0, "every target group listed: nothing bought")
    }

    @Test func beforeCloudWatchHasAMinuteTheRestAreUnknownNeverZero() async throws {
        let account = SimulatedAccount(extraServices: 40)
        _ = await account.collector.poll(.autoScaling)
        guard case let .targetHealth(targetGroups) = await account.collector.poll(.targetHealth) else {
            Issue.record("target health poll failed")
            return
        }
        let unknown = targetGroups.filter { $0.source == .unknown }
        #expect(unknown.count == 21)
        #expect(unknown.allSatisfy { $0.zoneCounts.isEmpty }, "no zone is drawn as holding no target")
    }

    @Test func theListingGoesToUnhealthyCountsFirstThenToTheUncounted() {
        let refs = (0..<30).map { number in
            TargetGroupRef(
                arn: "arn:tg/\(number)", name: "tg-\(number)", loadBalancerARN: "arn:lb", loadBalancerName: "lb",
                zones: ["a"])
        }
        let minute = Date(timeIntervalSince1970: 1_800_000_000)
        var counted: [String: (counts: [ZoneTargetCounts], minute: Date)] = [:]
        for number in 0..<30 where number != 27 {
            counted["arn:tg/\(number)"] = (
                [ZoneTargetCounts(zone: "a", healthy: 2, unhealthy: number == 25 ? 1 : 0)], minute
            )
        }
        let chosen = Collector.worthListing(refs, counted: counted, limit: 5)
        #expect(
            chosen == [0, 1, 2, 25, 27], "unhealthy and uncounted first, then the first in order, in the panel's order")
    }
}
