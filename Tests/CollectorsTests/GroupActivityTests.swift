import AWSCore
import AWSServices
import Foundation
import Testing

@testable import Collectors

/// In an account whose newest activities fill a page, each group's own are read, ten groups a poll,
/// the moving ones first.
@Suite struct GroupActivityTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func group(_ name: String, desired: Int, states: [String]) throws -> AutoScaling.Group {
        let instances = states.enumerated().map { index, state in
            "<member><InstanceId>i-\(name)-\(index)</InstanceId><AvailabilityZone>us-east-1a</AvailabilityZone>"
                + "<LifecycleState>\(state)</LifecycleState><HealthStatus>Healthy</HealthStatus></member>"
        }.joined()
        let xml =
            "<member><AutoScalingGroupName>\(name)</AutoScalingGroupName><MinSize>1</MinSize><MaxSize>9</MaxSize>"
            + "<DesiredCapacity>\(desired)</DesiredCapacity><Instances>\(instances)</Instances></member>"
        return try AutoScaling.Group(xml: XMLTreeParser.parse(Array(xml.utf8)))
    }

    func activity(_ id: String, group: String) throws -> AutoScaling.Activity {
        let xml =
            "<member><ActivityId>\(id)</ActivityId><AutoScalingGroupName>\(group)</AutoScalingGroupName><Cause>c</Cause>"
            + "<StartTime>2027-01-15T08:00:00Z</StartTime><StatusCode>Successful</StatusCode></member>"
        return try AutoScaling.Activity(xml: XMLTreeParser.parse(Array(xml.utf8)))
    }

    @Test func movingGroupsAreReadFirstThenTheUnreadThenTheStale() throws {
        let groups = [
            try group("steady-read", desired: 2, states: ["InService", "InService"]),
            try group("stale", desired: 2, states: ["InService", "InService"]),
            try group("unread-in-page", desired: 1, states: ["InService"]),
            try group("unread", desired: 1, states: ["InService"]),
            try group("launching", desired: 3, states: ["InService", "Pending"]),
            try group("short", desired: 2, states: ["InService"])
        ]
        let earlier = [
            "steady-read": now.addingTimeInterval(-60), "stale": now.addingTimeInterval(-600),
            "launching": now.addingTimeInterval(-10), "short": now.addingTimeInterval(-10)
        ]
        let accountWide = ["unread-in-page": [try activity("a1", group: "unread-in-page")]]
        let chosen = Collector.groupsToRead(groups, accountWide: accountWide, earlier: earlier, now: now, limit: 10)
        #expect(
            chosen == ["launching", "short", "unread", "unread-in-page", "stale"],
            "a group read a minute ago and not moving waits")
        #expect(
            Collector.groupsToRead(groups, accountWide: accountWide, earlier: earlier, now: now, limit: 2) == [
                "launching", "short"
            ])
    }

    @Test func aGroupsOwnActivitiesJoinTheAccountsOnceEach() throws {
        let accountWide = ["web": [try activity("a1", group: "web")]]
        let own = [
            "web": [try activity("a1", group: "web"), try activity("a2", group: "web")],
            "svc": [try activity("b1", group: "svc"), try activity("x9", group: "web")]
        ]
        let merged = Collector.merged(accountWide, own: own)
        #expect(merged["web"]?.map(\.id) == ["a1", "a2"])
        #expect(merged["svc"]?.map(\.id) == ["b1"], "an activity of another group is never filed under this one")
    }
}
