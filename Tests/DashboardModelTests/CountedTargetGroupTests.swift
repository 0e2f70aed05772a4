import DashboardModel
import DashboardRender
import Foundation
import Testing

/// A target group known by CloudWatch's counts per zone (at scale) rather than by its targets.
@Suite struct CountedTargetGroupTests {
    let minute = Date(timeIntervalSince1970: 1_800_000_060)

    func counted() -> TargetGroupHealth {
        TargetGroupHealth(
            name: "svc-tg", arn: "arn:tg/svc", loadBalancerName: "alb", loadBalancerARN: "arn:lb/alb",
            region: "us-east-1",
            counts: [ZoneTargetCounts(zone: "us-east-1b", healthy: 3, unhealthy: 1)], minute: minute,
            enabledZones: ["us-east-1a", "us-east-1b"])
    }

    @Test func itsCountsAreCloudWatchsPerZoneWithTheMinute() {
        let group = counted()
        #expect(group.source == .counted(minute: minute))
        #expect(group.zoneCounts.map(\.zone) == ["us-east-1a", "us-east-1b"])
        #expect(group.zoneCounts.map(\.healthy) == [0, 3] && group.zoneCounts.map(\.unhealthy) == [0, 1])
        #expect(group.healthyCount == 3)
    }

    @Test func listingItsTargetsMakesItListedAgain() {
        var group = counted()
        group.targets = [TargetStatus(id: "i-1", zone: "us-east-1a", state: .healthy)]
        #expect(group.source == .listed)
        #expect(group.zoneCounts.map(\.healthy) == [1, 0], "counts come from the targets now")
    }

    @Test func unknownHealthHasNoZoneCounts() {
        let group = TargetGroupHealth(
            unknown: "svc-tg", arn: "arn:tg/svc", loadBalancerName: "alb", loadBalancerARN: "arn:lb/alb",
            region: "us-east-1")
        #expect(group.source == .unknown && group.zoneCounts.isEmpty && group.healthyCount == 0)
    }

    @Test func theSnapshotSaysWhereTheCountsCameFrom() throws {
        var state = DashboardState(start: Fixtures.start)
        let unknown = TargetGroupHealth(
            unknown: "new-tg", arn: "arn:tg/new", loadBalancerName: "alb", loadBalancerARN: "arn:lb/alb",
            region: "us-east-1")
        _ = state.apply(
            .polled(
                .targetHealth, .targetHealth([Fixtures.targetGroup([("a", .healthy, nil)]), counted(), unknown]),
                Fixtures.at(1)))
        let json = try SnapshotDocument(state: state, account: nil, regions: ["us-east-1"], now: Fixtures.at(2)).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let groups =
            (object["loadBalancers"] as? [[String: Any]])?.flatMap { $0["targetGroups"] as? [[String: Any]] ?? [] }
            ?? []
        let byName = Dictionary(
            groups.map { ($0["name"] as? String ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byName["web-tg"]?["health"] as? String == "listed" && byName["web-tg"]?["countedAt"] is NSNull)
        #expect(byName["svc-tg"]?["health"] as? String == "cloudwatch")
        #expect(byName["svc-tg"]?["countedAt"] as? String == "2027-01-15T08:01:00Z")
        #expect(
            byName["new-tg"]?["health"] as? String == "unknown"
                && (byName["new-tg"]?["zones"] as? [Any])?.isEmpty == true)
    }
}
