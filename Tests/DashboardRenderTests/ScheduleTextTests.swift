import DashboardModel
import DashboardRender
import Foundation
import Testing

/// The words for scheduled actions: local time and UTC, and the confirmation's warnings.
@Suite struct ScheduleTextTests {
    static let paris = TimeZone(secondsFromGMT: 3_600) ?? .current
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func aTimeIsShownLocalAndUTC() {
        let date = Self.now.addingTimeInterval(1_800)
        #expect(ScheduleText.time(date, timeZone: Self.paris) == "09:30 GMT+1 (08:30 UTC)")
        #expect(ScheduleText.time(date, timeZone: Self.paris, withDate: true) == "2027-01-15 09:30 GMT+1 (08:30 UTC)")
        #expect(ScheduleText.time(date, timeZone: TimeZone(secondsFromGMT: 0) ?? Self.paris, withDate: true) == "2027-01-15 08:30 UTC")
        let lateEvening = Self.now.addingTimeInterval(15.5 * 3_600)
        #expect(ScheduleText.time(lateEvening, timeZone: Self.paris, withDate: true) == "2027-01-16 00:30 GMT+1 (2027-01-15 23:30 UTC)",
                "the UTC date is given when it differs")
    }

    @Test func theConfirmationSaysWhichActionOverridesTheChangeAndWhen() {
        var group = AutoScalingGroupStatus(name: "web-asg", region: "us-east-1", min: 2, max: 20, desired: 4)
        group.scheduledActions = [ScheduledActionSummary(name: "nightly-down", time: Self.now.addingTimeInterval(1_500), min: 1, max: 4)]
        let plan = ScalingPlanner.plan(ScalingRequest(group: "web-asg", desired: 10), group: group, prices: .bundled, now: Self.now)
        #expect(ScheduleText.warnings(plan, now: Self.now, timeZone: Self.paris) == [
            "warning: scheduled action nightly-down sets min 1, max 4 at 09:25 GMT+1 (08:25 UTC) (in 25m00s): it overrides this change",
        ])
        group.scheduledActionsKnown = false
        let unknown = ScalingPlanner.plan(ScalingRequest(group: "web-asg", desired: 10), group: group, prices: .bundled, now: Self.now)
        #expect(ScheduleText.warnings(unknown, now: Self.now, timeZone: Self.paris).last
            == "warning: the group's scheduled actions could not be read: one may override this change")
    }

    @Test func theDashboardsConfirmationShowsTheOverridingAction() throws {
        var state = DashboardState(start: Self.now)
        var group = AutoScalingGroupStatus(name: "web-asg", region: "us-east-1", min: 2, max: 20, desired: 4)
        group.scheduledActions = [ScheduledActionSummary(name: "nightly-down", time: Self.now.addingTimeInterval(600), min: 1, max: 4)]
        _ = state.apply(.polled(.autoScaling, .autoScaling([group]), Self.now))
        var interaction = Interaction(keyMap: .standard(readOnly: false), readOnly: false)
        _ = interaction.handle(.character("+"), state: state)
        var context = RenderContext(header: HeaderInfo(), view: interaction.view, now: Self.now)
        context.timeZone = Self.paris
        let text = DashboardRenderer.render(state, context: context, width: 140, height: 40).text
        #expect(text.contains("Scale web-asg?"))
        #expect(text.contains("scheduled action nightly-down sets min 1, max 4 at 09:10 GMT+1 (08:10 UTC)"), "\(text)")
    }
}
