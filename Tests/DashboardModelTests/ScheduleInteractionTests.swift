import DashboardModel
import Foundation
import Testing

/// Scheduled actions from the dashboard: `x` in a group's zoom deletes one through a confirmation,
/// `:prewarm` creates a pre-warm through the same; neither in read-only mode.
@Suite struct ScheduleInteractionTests {
    static let soon = ScheduledActionSummary(name: "prewarm-9", time: Fixtures.at(1_800), min: 6, max: 20)
    static let later = ScheduledActionSummary(name: "nightly-down", time: Fixtures.at(36_000), min: 1, max: 4)

    func state(actions: [ScheduledActionSummary] = [soon, later]) -> DashboardState {
        var state = DashboardState(start: Fixtures.start)
        var group = Fixtures.group(min: 2, max: 20, desired: 2)
        group.scheduledActions = actions
        _ = state.apply(.polled(.autoScaling, .autoScaling([group]), Fixtures.start))
        return state
    }

    func interaction(readOnly: Bool = false) -> Interaction {
        var interaction = Interaction(keyMap: .standard(readOnly: readOnly), readOnly: readOnly)
        interaction.timeZone = TimeZone(secondsFromGMT: 0) ?? .current
        return interaction
    }

    func press(_ keys: [KeyPress], _ interaction: inout Interaction, _ state: DashboardState) -> [UIEffect] {
        keys.flatMap { interaction.handle($0, state: state) }
    }

    func typed(_ text: String) -> [KeyPress] { [.character(":")] + text.map { .character($0) } + [.enter] }

    @Test func xInTheZoomPicksAnActionAndDeletesItAfterYes() {
        let state = state()
        var interaction = interaction()
        #expect(press([.enter, .character("x")], &interaction, state).isEmpty)
        #expect(
            interaction.view.overlay
                == .scheduledActionMenu(group: "web-asg", region: "us-east-1", actions: [Self.soon, Self.later]))
        #expect(press([.character("2")], &interaction, state).isEmpty)
        #expect(interaction.view.overlay == .confirmDeletion(group: "web-asg", region: "us-east-1", action: Self.later))
        #expect(press([.character("q")], &interaction, state).isEmpty, "other keys do nothing in the dialog")
        #expect(
            press([.character("y")], &interaction, state) == [
                .deleteScheduledAction(group: "web-asg", region: "us-east-1", action: Self.later)
            ])
        #expect(interaction.view.overlay == .notice(.deleting(group: "web-asg", action: "nightly-down")))
    }

    @Test func escCancelsAndASingleActionGoesStraightToTheDialog() {
        let state = state(actions: [Self.soon])
        var interaction = interaction()
        _ = press([.enter, .character("x")], &interaction, state)
        #expect(interaction.view.overlay == .confirmDeletion(group: "web-asg", region: "us-east-1", action: Self.soon))
        #expect(press([.escape], &interaction, state).isEmpty)
        #expect(interaction.view.overlay == .none)
    }

    @Test func xOutsideTheZoomOrWithoutActionsSaysWhy() {
        var interaction = interaction()
        #expect(press([.character("x")], &interaction, state()).isEmpty)
        #expect(interaction.view.overlay == .notice(.zoomForScheduledActions))
        interaction = self.interaction()
        _ = press([.enter, .character("x")], &interaction, state(actions: []))
        #expect(interaction.view.overlay == .notice(.noScheduledActions(group: "web-asg")))
    }

    @Test func readOnlyHasNoDeleteKeyAndRefusesPrewarm() {
        let state = state()
        var interaction = interaction(readOnly: true)
        #expect(interaction.keyMap.action(for: .character("x")) == nil, "the dangerous binding is gone")
        #expect(press([.enter, .character("x")], &interaction, state).isEmpty)
        #expect(interaction.view.overlay == .none)
        #expect(press(typed("prewarm web-asg min 6 at 09:00"), &interaction, state).isEmpty)
        #expect(interaction.view.overlay == .notice(.schedulingReadOnly))
    }

    @Test func prewarmOffersTheScheduleAndYesSendsIt() throws {
        let state = state()
        var interaction = interaction()
        #expect(
            press(typed("prewarm web-asg min 6 max 30 at 09:30 until 2027-01-15 13:00"), &interaction, state).isEmpty)
        guard case let .confirmSchedule(plan, typed: "") = interaction.view.overlay else {
            Issue.record("\(interaction.view)"); return
        }
        #expect(plan.isApplicable, "\(plan.problems) \(plan.change.refusals)")
        #expect(
            plan.entries.map(\.time) == [Fixtures.at(5_400), Fixtures.at(18_000)],
            "09:30 and 13:00 UTC on the day of the dashboard's clock")
        #expect(plan.entries.last?.min == 2 && plan.entries.last?.max == 20, "the end puts the current values back")
        #expect(!plan.change.requiresTypedName, "y confirms it")
        #expect(press([.character("y")], &interaction, state) == [.createSchedule(plan)])
        #expect(interaction.view.overlay == .notice(.scheduling(group: "web-asg", entries: 2)))
    }

    @Test func aScheduleThatShrinksByMoreThanHalfAsksForTheGroupsName() {
        var state = DashboardState(start: Fixtures.start)
        let group = Fixtures.group(
            min: 1, max: 20, desired: 10, instances: Array(repeating: ("a", .inService, true), count: 10))
        _ = state.apply(.polled(.autoScaling, .autoScaling([group]), Fixtures.start))
        var interaction = interaction()
        _ = press(typed("prewarm web-asg max 2 at 09:30"), &interaction, state)
        guard case let .confirmSchedule(plan, _) = interaction.view.overlay else {
            Issue.record("\(interaction.view.overlay)"); return
        }
        #expect(plan.change.requiresTypedName)
        #expect(press([.character("y"), .enter], &interaction, state).isEmpty, "y is typed, not a yes")
        #expect(
            interaction.view.overlay == .confirmSchedule(plan, typed: ""),
            "the offer stays open, what was typed cleared")
        #expect(press("web-asg".map { .character($0) } + [.enter], &interaction, state) == [.createSchedule(plan)])
    }

    @Test func badOrPastTimesAreRefusedWithoutAnEffect() {
        let state = state()
        var interaction = interaction()
        #expect(press(typed("prewarm web-asg min 6 at 25:00"), &interaction, state).isEmpty)
        #expect(interaction.view.overlay == .notice(.notATime("25:00")))
        _ = press([.escape], &interaction, state)
        #expect(press(typed("prewarm web-asg min 6 at 07:00"), &interaction, state).isEmpty)
        guard case let .notice(.cannotSchedule(plan)) = interaction.view.overlay else {
            Issue.record("\(interaction.view)"); return
        }
        #expect(plan.problems == [.startNotInFuture(Fixtures.at(-3_600))])
        #expect(press([.character("y")], &interaction, state).isEmpty, "a refused schedule has nothing to confirm")
        #expect(interaction.view.overlay == .none, "any key closes the notice")
    }

    @Test(arguments: [
        ("prewarm web-asg at 09:00", CommandLineError.noLimit),
        ("prewarm web-asg min 6", .noStartTime),
        ("prewarm web-asg min 6 at", .noStartTime),
        ("prewarm web-asg min six at 09:00", .limitNeedsNumber(.min)),
        ("prewarm web-asg min 6 desired", .limitNeedsNumber(.desired)),
        ("prewarm web-asg min 6 at 09:00 until", .noTimeAfterUntil),
        ("prewarm web-asg min 6 at 09:00 at 10:00", .givenTwice("at")),
        ("prewarm web-asg 09:00", .unexpected("09:00"))
    ])
    func badPrewarmCommandsSayWhy(_ line: String, _ expected: CommandLineError) {
        #expect(CommandLineParser.parse(line) == .failure(expected))
    }
}
