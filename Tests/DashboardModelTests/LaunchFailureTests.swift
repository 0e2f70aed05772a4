import DashboardModel
import DashboardRender
import Foundation
import Testing

/// Failed launches: built from the collector's reading, remembered per zone, alerted on, timed and written to the snapshot.
@Suite struct LaunchFailureTests {
    static let capacityMessage =
        "We currently do not have sufficient m5.large capacity in the Availability Zone you requested (us-east-1c). Our system will be working on provisioning additional capacity. You can currently get m5.large capacity by not specifying an Availability Zone in your request or choosing us-east-1a, us-east-1b. Launching EC2 instance failed."
    static let vcpuMessage =
        "You have requested more vCPU capacity than your current vCPU limit of 32 allows for the instance bucket that the specified instance type belongs to. Please visit http://aws.amazon.com/contact-us/ec2-request to request an adjustment to this limit. Launching EC2 instance failed."

    static let capacity = LaunchFailureReading(cause: .capacity, zone: "us-east-1c", instanceType: "m5.large")

    /// A launch that failed with `message`, read by the collector as `reading`.
    static func failed(
        _ id: String, at seconds: Double, message: String = capacityMessage, reading: LaunchFailureReading = capacity,
        status: ScalingActivityStatus = .failed
    ) -> ScalingActivity {
        ScalingActivity(
            id: id, description: "Launching a new EC2 instance.  Status Reason: \(message)",
            cause: "At … an instance was started",
            status: status, startTime: Fixtures.at(seconds - 5), endTime: Fixtures.at(seconds),
            statusMessage: message, kind: .launch, launchFailure: reading)
    }

    /// Four capacity failures in us-east-1c over three polls, one vCPU failure, one successful launch.
    static func failingState() -> DashboardState {
        var state = DashboardState(start: Fixtures.start)
        let ok = ScalingActivity(
            id: "ok", description: "Launching a new EC2 instance: i-1", cause: "…", status: .successful,
            startTime: Fixtures.at(0), endTime: Fixtures.at(60), kind: .launch)
        var activities = [ok, failed("f1", at: 100), failed("f2", at: 160)]
        _ = state.apply(
            .polled(.autoScaling, .autoScaling([Fixtures.group(activities: activities.reversed())]), Fixtures.at(170)))
        activities += [
            failed("f3", at: 220), failed("f4", at: 280),
            failed(
                "v1", at: 290, message: vcpuMessage, reading: LaunchFailureReading(cause: .vcpuQuota),
                status: .cancelled)
        ]
        _ = state.apply(
            .polled(.autoScaling, .autoScaling([Fixtures.group(activities: activities.reversed())]), Fixtures.at(300)))
        _ = state.apply(
            .polled(.autoScaling, .autoScaling([Fixtures.group(activities: activities.reversed())]), Fixtures.at(305)))
        return state
    }

    @Test func failuresAreCountedPerZoneAndCauseOnceEach() throws {
        let state = Self.failingState()
        let group = try #require(state.groups.value?.first)
        let tallies = state.launchFailureTallies(of: group)
        #expect(tallies.count == 2)
        #expect(tallies.first?.zone == "us-east-1c")
        #expect(tallies.first?.cause == .capacity)
        #expect(tallies.first?.count == 4)
        #expect(tallies.first?.instanceType == "m5.large")
        #expect(tallies.first?.lastAt == Fixtures.at(280))
        #expect(tallies.last?.cause == .vcpuQuota)
        #expect(tallies.last?.zone == nil)
        let c = try #require(state.zones.first { $0.zone == "us-east-1c" })
        #expect(
            c.failedLaunches
                == ZoneLaunchFailures(count: 4, lastMessage: Self.capacityMessage, lastAt: Fixtures.at(280)))
        #expect(state.zones.first { $0.zone == "us-east-1a" }?.failedLaunches == nil)
    }

    @Test func aCriticalAlertNamesGroupZoneCauseAndCount() throws {
        let state = Self.failingState()
        let alerts = state.alerts.filter { $0.code == "launch-failures" }
        let tallies = state.launchFailureTallies(of: try #require(state.groups.value?.first))
        #expect(
            tallies.map { [$0.zone, $0.cause.rawValue, "\($0.count)"] } == [
                ["us-east-1c", "capacity", "4"], [nil, "vcpu-quota", "1"]
            ])
        #expect(alerts == tallies.map { Alert(resource: "web-asg", .launchFailures($0, window: 600)) })
        #expect(alerts.allSatisfy { $0.severity == .critical })
    }

    @Test func failuresOlderThanTheWindowNoLongerCountOrAlert() throws {
        var state = Self.failingState()
        _ = state.apply(.tick(Fixtures.at(280 + 601)))
        let group = try #require(state.groups.value?.first)
        #expect(state.launchFailureTallies(of: group).map(\.cause) == [.vcpuQuota])
        _ = state.apply(.tick(Fixtures.at(290 + 601)))
        #expect(state.launchFailureTallies(of: group).isEmpty)
        #expect(!state.alerts.contains { $0.code == "launch-failures" })
        #expect(state.zones.allSatisfy { $0.failedLaunches == nil })
    }

    @Test func theTimelineKeepsEachFailedLaunchWithItsCause() {
        let lines = Self.failingState().timeline.compactMap { event -> (ScalingActivity, LaunchFailure?)? in
            if case let .scalingActivity(activity, failure) = event.entry { return (activity, failure) }
            return nil
        }
        #expect(lines.count == 6)
        #expect(
            lines.filter { $0.1?.cause == .capacity && $0.1?.zone == "us-east-1c" && $0.1?.instanceType == "m5.large" }
                .count == 4)
        #expect(lines.contains { $0.0.status == .cancelled && $0.1?.cause == .vcpuQuota })
        #expect(lines.first.map { $0.0.status == .successful && $0.1 == nil } == true)
    }

    @Test func aFailedTerminationIsNoLaunchFailure() {
        let activity = ScalingActivity(
            id: "t", description: "Terminating EC2 instance: i-1", cause: "…", status: .failed,
            startTime: Fixtures.at(0), statusMessage: "Instance i-1 could not be terminated.", kind: .termination)
        #expect(LaunchFailure(activity, group: Fixtures.group()) == nil)
        var launch = activity
        launch.kind = .launch
        #expect(LaunchFailure(launch, group: Fixtures.group()) != nil, "the kind alone decides, never the words")
    }

    @Test func aFailureIsBuiltFromTheCollectorsReadingNotFromTheMessage() throws {
        let reading = LaunchFailureReading(cause: .subnet, zone: "eu-west-1b")
        let activity = Self.failed("s", at: 10, message: Self.capacityMessage, reading: reading)
        let failure = try #require(LaunchFailure(activity, group: Fixtures.group()))
        #expect(failure.cause == .subnet && failure.zone == "eu-west-1b" && failure.instanceType == nil)
        #expect(failure.message == Self.capacityMessage, "AWS's words are kept as AWS wrote them")
        var unread = activity
        unread.launchFailure = nil
        #expect(LaunchFailure(unread, group: Fixtures.group())?.cause == .other, "no reading is `other`")
        var succeeded = activity
        succeeded.status = .successful
        #expect(LaunchFailure(succeeded, group: Fixtures.group()) == nil)
    }

    @Test func theSnapshotListsTheGroupsLaunchFailures() throws {
        let document = SnapshotDocument(
            state: Self.failingState(), account: nil, regions: ["us-east-1"], now: Fixtures.at(305))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(document.json().utf8)) as? [String: Any])
        let groups = try #require(object["autoScalingGroups"] as? [[String: Any]])
        let failures = try #require(groups.first?["launchFailures"] as? [[String: Any]])
        #expect(failures.count == 2)
        #expect(failures[0]["zone"] as? String == "us-east-1c")
        #expect(failures[0]["cause"] as? String == "capacity")
        #expect(failures[0]["count"] as? Int == 4)
        #expect(failures[0]["message"] as? String == Self.capacityMessage)
        #expect(failures[0]["lastAt"] as? String == "2027-01-15T08:04:40Z")
        #expect(failures[1]["zone"] is NSNull)
        #expect(failures[1]["cause"] as? String == "vcpu-quota")
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        #expect(try decoder.decode(SnapshotDocument.self, from: Data(try document.json().utf8)) == document)
    }
}
