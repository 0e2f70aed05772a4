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
        #expect(
            ScheduleText.time(date, timeZone: TimeZone(secondsFromGMT: 0) ?? Self.paris, withDate: true)
                == "2027-01-15 08:30 UTC")
        let lateEvening = Self.now.addingTimeInterval(15.5 * 3_600)
        #expect(
            ScheduleText.time(lateEvening, timeZone: Self.paris, withDate: true)
                == "2027-01-16 00:30 GMT+1 (2027-01-15 23:30 UTC)",
            "the UTC date is given when it differs")
    }

    @Test func theConfirmationSaysWhichActionOverridesTheChangeAndWhen() {
        var group = AutoScalingGroupStatus(name: "web-asg", region: "us-east-1", min: 2, max: 20, desired: 4)
        group.scheduledActions = [
            ScheduledActionSummary(name: "nightly-down", time: Self.now.addingTimeInterval(1_500), min: 1, max: 4)
        ]
        let plan = ScalingPlanner.plan(
            ScalingRequest(group: "web-asg", desired: 10), group: group, prices: .bundled, now: Self.now)
        #expect(
            ScheduleText.warnings(plan, now: Self.now, timeZone: Self.paris) == [
                "warning: scheduled action nightly-down sets min 1, max 4 at 09:25 GMT+1 (08:25 UTC) (in 25m00s): it overrides this change"
            ])
        group.scheduledActionsKnown = false
        let unknown = ScalingPlanner.plan(
            ScalingRequest(group: "web-asg", desired: 10), group: group, prices: .bundled, now: Self.now)
        #expect(
            ScheduleText.warnings(unknown, now: Self.now, timeZone: Self.paris).last
                == "warning: the group's scheduled actions could not be read: one may override this change")
    }

    @Test func theDashboardsConfirmationShowsTheOverridingAction() throws {
        var state = DashboardState(start: Self.now)
        var group = AutoScalingGroupStatus(name: "web-asg", region: "us-east-1", min: 2, max: 20, desired: 4)
        group.scheduledActions = [
            ScheduledActionSummary(name: "nightly-down", time: Self.now.addingTimeInterval(600), min: 1, max: 4)
        ]
        _ = state.apply(.polled(.autoScaling, .autoScaling([group]), Self.now))
        var interaction = Interaction(keyMap: .standard(readOnly: false), readOnly: false)
        _ = interaction.handle(.character("+"), state: state)
        var context = RenderContext(header: HeaderInfo(), view: interaction.view, now: Self.now)
        context.timeZone = Self.paris
        let text = DashboardRenderer.render(state, context: context, width: 140, height: 40).text
        #expect(text.contains("Scale web-asg?"))
        #expect(text.contains("scheduled action nightly-down sets min 1, max 4 at 09:10 GMT+1 (08:10 UTC)"), "\(text)")
    }

    /// The state with web-asg holding two scheduled actions, zoomed, after `keys`.
    func drawn(_ keys: [KeyPress], readOnly: Bool = false) -> String {
        var state = DashboardState(start: Self.now)
        var group = AutoScalingGroupStatus(
            name: "web-asg", region: "us-east-1", min: 2, max: 20, desired: 2,
            instances: [
                InstanceStatus(
                    id: "i-1", zone: "us-east-1a", lifecycle: .inService, healthy: true, instanceType: "m5.large")
            ])
        group.scheduledActions = [
            ScheduledActionSummary(name: "prewarm-9", time: Self.now.addingTimeInterval(1_800), min: 6, max: 20),
            ScheduledActionSummary(name: "nightly-down", time: Self.now.addingTimeInterval(36_000), min: 1, max: 4)
        ]
        _ = state.apply(.polled(.autoScaling, .autoScaling([group]), Self.now))
        var interaction = Interaction(keyMap: .standard(readOnly: readOnly), readOnly: readOnly)
        interaction.timeZone = TimeZone(secondsFromGMT: 0) ?? Self.paris
        for key in [KeyPress.enter] + keys { _ = interaction.handle(key, state: state) }
        var context = RenderContext(header: HeaderInfo(readOnly: readOnly), view: interaction.view, now: Self.now)
        context.timeZone = Self.paris
        return DashboardRenderer.render(state, context: context, width: 140, height: 40).text
    }

    @Test func theZoomListsTheGroupsScheduledActionsWithTheirNextTimeAndKeys() {
        let text = drawn([])
        #expect(text.contains("2 scheduled actions (x deletes)"), "\(text)")
        #expect(text.contains("1 prewarm-9: 2027-01-15 09:30 GMT+1 (08:30 UTC), in 30m00s: min 6, max 20"), "\(text)")
        #expect(text.contains("2 nightly-down: 2027-01-15 19:00 GMT+1 (18:00 UTC), in 10h00m: min 1, max 4"))
        let readOnly = drawn([], readOnly: true)
        #expect(
            readOnly.contains("2 scheduled actions") && !readOnly.contains("x deletes"),
            "no key offered in read-only mode")
    }

    @Test func theDeletionAndPrewarmDialogsAreWordedFromTheOffer() {
        let deletion = drawn([.character("x"), .character("1")])
        #expect(deletion.contains("Delete scheduled action of web-asg?"))
        #expect(
            deletion.contains("prewarm-9: 2027-01-15 09:30 GMT+1 (08:30 UTC)")
                && deletion.contains("y or Enter applies"), "\(deletion)")
        let prewarm = drawn(
            [.character(":")] + "prewarm web-asg min 6 at 10:00 until 14:00".map { KeyPress.character($0) } + [.enter])
        #expect(prewarm.contains("Schedule a pre-warm of web-asg?"), "\(prewarm)")
        #expect(prewarm.contains("from  2027-01-15 11:00 GMT+1 (10:00 UTC), in 2h00m"))
        #expect(prewarm.contains("until 2027-01-15 15:00 GMT+1 (14:00 UTC): put back to min 2"))
        #expect(prewarm.contains("min 2 → 6") && prewarm.contains("cost while it holds +$"))
    }
}
