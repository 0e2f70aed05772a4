import DashboardModel
import Foundation
import Testing

/// A change whose group moved under the dialog is offered again with the same intent, never applied blind.
@Suite struct ReofferTests {
    func stateWithGroup(desired: Int = 6) -> DashboardState {
        var state = DashboardState(start: Fixtures.start)
        let group = Fixtures.group(
            min: 2, max: 20, desired: desired, instances: Array(repeating: ("a", .inService, true), count: desired))
        _ = state.apply(.polled(.autoScaling, .autoScaling([group]), Fixtures.start))
        return state
    }

    /// The plan offered again, when the dialog shows one.
    func reoffered(_ interaction: Interaction) -> ScalingPlan? {
        if case let .confirmScaling(plan, true, _) = interaction.view.overlay { return plan }
        return nil
    }

    /// Presses `keys` and returns the plan sent, if one was.
    func applied(_ keys: [KeyPress], _ interaction: inout Interaction, _ state: DashboardState) -> ScalingPlan? {
        for effect in keys.flatMap({ interaction.handle($0, state: state) }) {
            if case let .applyScaling(plan) = effect { return plan }
        }
        return nil
    }

    @Test func aStepStaysAStepFromTheNewDesiredCapacity() throws {
        let state = stateWithGroup()
        var interaction = Interaction(keyMap: .standard(readOnly: false), readOnly: false)
        let first = try #require(applied([.character("2"), .character("+"), .character("y")], &interaction, state))
        #expect(first.before.desired == 6 && first.after.desired == 8)
        interaction.scalingMoved(
            first, to: ScalingLimits(min: 2, max: 20, desired: 9), by: .policy("cpu70"), state: state)
        let again = try #require(reoffered(interaction))
        #expect(again.before.desired == 9 && again.after.desired == 11, "\(again)")
        #expect(
            again.warnings.first
                == .movedSinceDialog(
                    group: "web-asg", from: ScalingLimits(min: 2, max: 20, desired: 6),
                    to: ScalingLimits(min: 2, max: 20, desired: 9), by: .policy("cpu70")))
        let second = try #require(applied([.character("y")], &interaction, state))
        #expect(
            second.before == ScalingLimits(min: 2, max: 20, desired: 9), "the new plan is checked against what it saw")
        #expect(second.after.desired == 11)
    }

    @Test func anAbsoluteValueStaysAbsolute() throws {
        let state = stateWithGroup()
        var interaction = Interaction(keyMap: .standard(readOnly: false), readOnly: false)
        _ = interaction.handle(.character("d"), state: state)
        let plan = try #require(
            applied([.backspace, .character("1"), .character("0"), .enter, .character("y")], &interaction, state))
        #expect(plan.after.desired == 10)
        interaction.scalingMoved(plan, to: ScalingLimits(min: 2, max: 20, desired: 8), by: .userRequest, state: state)
        let again = try #require(reoffered(interaction))
        #expect(again.before.desired == 8 && again.after.desired == 10, "\(again)")
        #expect(
            again.warnings.first
                == .movedSinceDialog(group: "web-asg", from: plan.before, to: again.before, by: .userRequest))
    }

    @Test func threeMovesInARowStopTheOffers() throws {
        let state = stateWithGroup()
        var interaction = Interaction(keyMap: .standard(readOnly: false), readOnly: false)
        var plan = try #require(applied([.character("+"), .character("y")], &interaction, state))
        for desired in [7, 8] {
            interaction.scalingMoved(
                plan, to: ScalingLimits(min: 2, max: 20, desired: desired), by: .policy("cpu70"), state: state)
            plan = try #require(
                applied([.character("y")], &interaction, state), "offered again after the move to \(desired)")
        }
        interaction.scalingMoved(
            plan, to: ScalingLimits(min: 2, max: 20, desired: 9), by: .policy("cpu70"), state: state)
        guard case let .notice(.movingTooFast(group, _, to, _, moves)) = interaction.view.overlay else {
            Issue.record("no notice: \(interaction.view.overlay)")
            return
        }
        #expect(group == "web-asg" && to.desired == 9 && moves == 3)
        #expect(interaction.handle(.character("y"), state: state).isEmpty, "nothing left to apply")
        #expect(interaction.applying.isEmpty)
    }

    @Test func cancellingAReofferStartsTheCountAgain() throws {
        let state = stateWithGroup()
        var interaction = Interaction(keyMap: .standard(readOnly: false), readOnly: false)
        let plan = try #require(applied([.character("+"), .character("y")], &interaction, state))
        interaction.scalingMoved(plan, to: ScalingLimits(min: 2, max: 20, desired: 7), by: nil, state: state)
        #expect(interaction.reoffers["web-asg"] == 1)
        _ = interaction.handle(.character("n"), state: state)
        #expect(interaction.reoffers["web-asg"] == nil)
    }

    @Test func aMoveThatMakesTheValueInvalidIsRefusedWithTheReason() throws {
        let state = stateWithGroup()
        var interaction = Interaction(keyMap: .standard(readOnly: false), readOnly: false)
        let plan = try #require(applied([.character("+"), .character("y")], &interaction, state))
        interaction.scalingMoved(plan, to: ScalingLimits(min: 2, max: 7, desired: 7), by: .userRequest, state: state)
        guard case let .notice(.movedAndInvalid(again)) = interaction.view.overlay else {
            Issue.record("no notice: \(interaction.view.overlay)")
            return
        }
        #expect(again.request.group == "web-asg")
        #expect(again.refusals == [.desiredOutsideLimits(desired: 8, min: 2, max: 7)], "\(again.refusals)")
    }
}
