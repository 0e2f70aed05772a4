import DashboardModel
import DashboardRender
import Foundation
import Testing

/// A group whose launches EC2 refuses: its line says where, why and how often, at every size.
@Suite struct LaunchFailureRenderTests {
    static let capacity =
        "We currently do not have sufficient m5.large capacity in the Availability Zone you requested (us-east-1c). Our system will be working on provisioning additional capacity. You can currently get m5.large capacity by not specifying an Availability Zone in your request or choosing us-east-1a, us-east-1b. Launching EC2 instance failed."

    /// The launch-day state, with four launches in us-east-1c refused for capacity in the last minutes.
    static func state() -> DashboardState {
        var state = LaunchDayFixture.state()
        var group = LaunchDayFixture.group(desired: 9, inService: 7, pending: 2)
        group.activities += (0..<4).map { index in
            ScalingActivity(
                id: "fail-\(index)", description: "Launching a new EC2 instance.  Status Reason: \(capacity)",
                cause: "At … an instance was started in response to a difference between desired and running capacity",
                status: .failed, startTime: LaunchDayFixture.at(Double(index) * 12 - 4),
                endTime: LaunchDayFixture.at(Double(index) * 12),
                statusMessage: capacity, kind: .launch,
                launchFailure: LaunchFailureReading(cause: .capacity, zone: "us-east-1c", instanceType: "m5.large"))
        }
        let worker = state.groups.value?.last
        _ = state.apply(
            .polled(.autoScaling, .autoScaling([group] + (worker.map { [$0] } ?? [])), LaunchDayFixture.at(60)))
        return state
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func theGroupsLineSaysWhereWhyAndHowOften(_ width: Int, _ height: Int) {
        let buffer = DashboardRenderer.render(
            Self.state(), context: LaunchDayFixture.context(), width: width, height: height)
        assertSnapshot(buffer.text, named: "launch-failures-\(width)x\(height)")
        let line = buffer.text.split(separator: "\n").first { $0.contains("failing") }
        #expect(line?.contains("us-east-1c") == true)
        #expect(line?.contains("(4 in 10 min)") == true, "the count is never cut")
    }

    @Test(arguments: [80, 90, 100, 110, 140, 160])
    func theCountIsNeverCutAtOtherWidths(_ width: Int) {
        let text = DashboardRenderer.render(Self.state(), context: LaunchDayFixture.context(), width: width, height: 40)
            .text
        let line = text.split(separator: "\n").first { $0.contains("failing") || $0.contains("failed") }
        #expect(line?.contains("4") == true, "\(width) columns: \(line ?? "no line")")
        #expect(line?.contains("…") != true, "words are dropped, never cut: \(line ?? "")")
    }

    @Test func theFailingLineAndTheFailedEventsAreCritical() throws {
        let buffer = DashboardRenderer.render(Self.state(), context: LaunchDayFixture.context(), width: 120, height: 40)
        let failing = try #require((0..<40).first { buffer.line($0).contains("launches failing") })
        let start = try #require(buffer.line(failing).range(of: "launches")).lowerBound.utf16Offset(
            in: buffer.line(failing))
        #expect(buffer[start + 1, failing].style.role == .critical)
        var view = ViewState()
        view.focus = .events
        view.zoomed = true
        let events = DashboardRenderer.render(
            Self.state(), context: LaunchDayFixture.context(view: view), width: 120, height: 40)
        let row = try #require(
            (0..<40).first { events.line($0).contains("Failed, no m5.large capacity in us-east-1c") })
        let roles = (30..<60).map { events[$0, row].style.role }
        #expect(roles.contains(.critical), "\(events.line(row))")
    }

    @Test func aGroupOnOneLineFlagsItsFailures() throws {
        var state = Self.state()
        let groups = try #require(state.groups.value)
        let fillers = (1...8).map {
            AutoScalingGroupStatus(name: "batch-\($0)", region: "us-east-1", min: 1, max: 4, desired: 1)
        }
        _ = state.apply(.polled(.autoScaling, .autoScaling(groups + fillers), LaunchDayFixture.at(61)))
        let buffer = DashboardRenderer.render(state, context: LaunchDayFixture.context(), width: 80, height: 24)
        let line = try #require((0..<24).map(buffer.line).first { $0.contains("web-asg") })
        #expect(line.contains("FAILING 4"), "\(line)")
        #expect(!buffer.text.contains("launches failing"), "one line per group: no room for the sentence")
    }

    @Test func theZoomSaysWhyEachLaunchFailed() {
        var view = ViewState()
        view.focus = .autoScaling
        view.zoomed = true
        let text = DashboardRenderer.render(
            Self.state(), context: LaunchDayFixture.context(view: view), width: 120, height: 40
        ).text
        #expect(
            text.contains("Failed      no m5.large capacity in us-east-1c: Launching"),
            "the zoom's activity list says why first")
    }
}
