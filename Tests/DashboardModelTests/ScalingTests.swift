import DashboardModel
import Foundation
import Testing

@Suite struct ScalingPlannerTests {
    let group = Fixtures.group(
        min: 2, max: 20, desired: 6, instances: Array(repeating: ("a", .inService, true), count: 6),
        policies: [ScalingPolicySummary(name: "cpu70", type: .targetTracking)])

    @Test func raisingDesiredLaunchesAndCosts() {
        let plan = ScalingPlanner.plan(ScalingRequest(group: "web-asg", desired: 9), group: group, prices: .bundled)
        #expect(plan.isApplicable)
        #expect(plan.after == ScalingLimits(min: 2, max: 20, desired: 9))
        #expect(plan.launches == 3 && plan.terminations == 0)
        #expect(abs((plan.costDeltaPerHour ?? 0) - 0.288) < 1e-9)
        #expect(plan.warnings == [.policyWillMove(name: "cpu70", type: .targetTracking)])
    }

    @Test(arguments: [
        (
            ScalingRequest(group: "web-asg", desired: 25),
            [ScalingRefusal.desiredOutsideLimits(desired: 25, min: 2, max: 20)]
        ),
        (ScalingRequest(group: "web-asg", min: 8, max: 4), [.minAboveMax(min: 8, max: 4)]),
        (
            ScalingRequest(group: "web-asg", desired: -1),
            [.negative(.desired, -1), .desiredOutsideLimits(desired: -1, min: 2, max: 20)]
        ),
        (ScalingRequest(group: "web-asg", min: -2, max: -1), [.negative(.min, -2), .negative(.max, -1)]),
        (ScalingRequest(group: "web-asg", desired: 6), [.nothingChanges]),
        (ScalingRequest(group: "web-asg"), [.nothingChanges])
    ])
    func invalidRequestsAreBlockedBeforeAnyCall(_ request: ScalingRequest, _ refusals: [ScalingRefusal]) {
        let plan = ScalingPlanner.plan(request, group: group, prices: .bundled)
        #expect(!plan.isApplicable)
        #expect(plan.refusals == refusals)
    }

    @Test func newMinAboveDesiredRaisesDesiredAsAWSDoes() {
        let plan = ScalingPlanner.plan(ScalingRequest(group: "web-asg", min: 8), group: group, prices: .bundled)
        #expect(plan.after == ScalingLimits(min: 8, max: 20, desired: 8))
        #expect(plan.warnings.first == .desiredFitted(from: 6, to: 8))
        #expect(plan.launches == 2)
    }

    @Test func shrinkingByMoreThanHalfRequiresTheName() {
        let plan = ScalingPlanner.plan(ScalingRequest(group: "web-asg", desired: 2), group: group, prices: .bundled)
        #expect(plan.isApplicable && plan.requiresTypedName && plan.terminations == 4)
        let half = ScalingPlanner.plan(ScalingRequest(group: "web-asg", desired: 3), group: group, prices: .bundled)
        #expect(!half.requiresTypedName)
    }
}

@Suite struct CommandLineParserTests {
    @Test func scaleWithAnyLimits() {
        #expect(
            CommandLineParser.parse("scale web-asg min=4 max=20 desired=8")
                == .success(.scale(ScalingRequest(group: "web-asg", min: 4, max: 20, desired: 8))))
        #expect(
            CommandLineParser.parse("scale web-asg desired=3")
                == .success(.scale(ScalingRequest(group: "web-asg", desired: 3))))
    }

    @Test(arguments: [
        ("", CommandLineError.empty), ("  ", .empty), ("scale", .usage(.scale)), ("scale web-asg", .usage(.scale)),
        ("scale min=3", .usage(.scale)), ("scale web-asg size=3", .unknownLimit("size")),
        ("scale web-asg desired=three", .notNameEqualsNumber("desired=three")),
        ("scale web-asg desired", .notNameEqualsNumber("desired")), ("frobnicate", .unknownCommand("frobnicate")),
        ("theme", .usage(.theme)), ("theme a b", .usage(.theme)), ("region", .usage(.region)),
        ("region ,", .usage(.region)), ("fault", .usage(.fault)), ("prewarm", .usage(.prewarm))
    ])
    func badCommandsSayWhy(_ line: String, _ expected: CommandLineError) {
        #expect(CommandLineParser.parse(line) == .failure(expected))
    }

    @Test func otherCommands() {
        #expect(CommandLineParser.parse("theme light") == .success(.theme("light")))
        #expect(CommandLineParser.parse("region us-east-1,eu-west-1") == .success(.regions(["us-east-1", "eu-west-1"])))
        #expect(CommandLineParser.parse("q") == .success(.quit))
    }
}

@Suite struct InteractionTests {
    func stateWithGroup(desired: Int = 6) -> DashboardState {
        var state = DashboardState(start: Fixtures.start)
        let group = Fixtures.group(
            min: 2, max: 20, desired: desired, instances: Array(repeating: ("a", .inService, true), count: desired))
        _ = state.apply(
            .polled(.autoScaling, .autoScaling([group, Fixtures.group(name: "worker-asg", desired: 3)]), Fixtures.start)
        )
        return state
    }

    func press(_ keys: [KeyPress], _ interaction: inout Interaction, _ state: DashboardState) -> [UIEffect] {
        keys.flatMap { interaction.handle($0, state: state) }
    }

    @Test func plusOpensAConfirmationAndYesAppliesOnce() {
        let state = stateWithGroup()
        var interaction = Interaction(keyMap: .standard(readOnly: false), readOnly: false)
        #expect(press([.character("+")], &interaction, state).isEmpty, "nothing is applied without confirmation")
        guard case let .confirmScaling(offered, false, "") = interaction.view.overlay else {
            Issue.record("no confirmation: \(interaction.view.overlay)")
            return
        }
        #expect(offered.before.desired == 6 && offered.after.desired == 7 && !offered.requiresTypedName)
        let effects = press([.character("y")], &interaction, state)
        guard case let .applyScaling(plan)? = effects.first, effects.count == 1 else {
            Issue.record("expected one apply, got \(effects)")
            return
        }
        #expect(plan.after.desired == 7 && plan.before.desired == 6)
        #expect(press([.enter], &interaction, state).isEmpty, "closing the 'applying' message applies nothing")
        #expect(
            press([.character("+"), .character("y")], &interaction, state).isEmpty,
            "no second change while one is applying")
        #expect(interaction.applying == ["web-asg"])
    }

    @Test func aDialogFromStaleFiguresSaysHowOldTheyAre() {
        var state = stateWithGroup()
        _ = state.apply(
            .polled(
                .autoScaling, .failed(SourceFailure(kind: .throttled, message: "Throttling: Rate exceeded")),
                Fixtures.at(455)))
        var interaction = Interaction(keyMap: .standard(readOnly: false), readOnly: false)
        _ = press([.character("+")], &interaction, state)
        guard case let .confirmScaling(plan, _, _) = interaction.view.overlay else {
            Issue.record("no confirmation: \(interaction.view.overlay)")
            return
        }
        #expect(
            plan.warnings.first
                == .staleFigures(
                    .failed(SourceFailure(kind: .throttled, message: "Throttling: Rate exceeded"), age: 455)),
            "\(plan.warnings)")
    }

    @Test func aDialogFromFreshFiguresHasNoAgeWarning() {
        let state = stateWithGroup()
        var interaction = Interaction(keyMap: .standard(readOnly: false), readOnly: false)
        _ = press([.character("+")], &interaction, state)
        guard case let .confirmScaling(plan, _, _) = interaction.view.overlay else {
            Issue.record("no confirmation")
            return
        }
        #expect(!plan.warnings.contains { if case .staleFigures = $0 { return true } else { return false } })
    }

    @Test func countPrefixAndCancel() {
        let state = stateWithGroup()
        var interaction = Interaction(keyMap: .standard(readOnly: false), readOnly: false)
        _ = press([.character("5"), .character("+")], &interaction, state)
        guard case let .confirmScaling(plan, _, _) = interaction.view.overlay else {
            Issue.record("no confirmation")
            return
        }
        #expect(plan.before.desired == 6 && plan.after.desired == 11)
        #expect(press([.character("n")], &interaction, state).isEmpty)
        #expect(interaction.view.overlay == .none)
    }

    @Test func bigShrinkNeedsTheGroupNameTyped() {
        let state = stateWithGroup()
        var interaction = Interaction(keyMap: .standard(readOnly: false), readOnly: false)
        _ = press([.character("d")], &interaction, state)
        #expect(interaction.view.overlay == .limitPrompt(group: "web-asg", field: .desired, current: 6, text: "6"))
        _ = press([.backspace, .character("2"), .enter], &interaction, state)
        #expect(
            press([.character("y"), .enter], &interaction, state).isEmpty,
            "'y' is typed text here, and 'y' is not the name")
        let typed = "web-asg".map { KeyPress.character($0) }
        let effects = press(typed + [.enter], &interaction, state)
        #expect(effects.count == 1)
        if case let .applyScaling(plan)? = effects.first { #expect(plan.after.desired == 2) }
    }

    @Test func invalidPromptValueIsRefusedBeforeAnyRequest() {
        let state = stateWithGroup()
        var interaction = Interaction(keyMap: .standard(readOnly: false), readOnly: false)
        let effects = press([.character("M"), .backspace, .backspace, .character("1"), .enter], &interaction, state)
        #expect(effects.isEmpty)
        guard case let .notice(.cannotScale(plan)) = interaction.view.overlay else {
            Issue.record("no refusal: \(interaction.view.overlay)")
            return
        }
        #expect(plan.request.group == "web-asg" && plan.refusals.contains(.minAboveMax(min: 2, max: 1)))
    }

    @Test func readOnlyHasNoPathToAScalingEffect() {
        let state = stateWithGroup()
        let keyMap = KeyMap.standard(readOnly: true)
        #expect(!keyMap.hasDangerousBindings)
        #expect(!keyMap.help.contains { $0.label.contains("desired") })
        var interaction = Interaction(keyMap: keyMap, readOnly: true)
        // Every printable ASCII key, every special key, and the command line, in many orders.
        var keys: [KeyPress] = [.up, .down, .left, .right, .tab, .backTab, .enter, .escape, .backspace]
        keys += (32...126).compactMap { UnicodeScalar($0).map { KeyPress.character(Character($0)) } }
        var effects: [UIEffect] = []
        for first in keys {
            for second in [KeyPress.character("y"), .enter, .character("7"), .escape] {
                effects += press([first, second, .character("y"), .enter], &interaction, state)
            }
        }
        effects += press(
            [.escape, .character(":")] + "scale web-asg desired=9".map { .character($0) } + [.enter], &interaction,
            state)
        #expect(interaction.view.overlay == .notice(.readOnly))
        effects += press([.character("y"), .enter, .character("y")], &interaction, state)
        #expect(!effects.contains { if case .applyScaling = $0 { return true } else { return false } })
    }

    @Test func ctrlCAsksBeforeQuitting() {
        let state = stateWithGroup()
        var interaction = Interaction(keyMap: .standard(readOnly: false), readOnly: false)
        #expect(press([.interrupt], &interaction, state).isEmpty)
        #expect(press([.character("n")], &interaction, state).isEmpty)
        #expect(press([.interrupt, .character("y")], &interaction, state) == [.quit])
        var direct = Interaction(keyMap: .standard(readOnly: false, confirmInterrupt: false), readOnly: false)
        #expect(press([.interrupt], &direct, state) == [.quit])
    }

    @Test func navigationAndFilter() {
        let state = stateWithGroup()
        var interaction = Interaction(keyMap: .standard(readOnly: false), readOnly: false)
        _ = press([.down, .down, .down], &interaction, state)
        #expect(interaction.view.selected(.autoScaling) == 1, "clamped to the last group")
        _ = press([.tab, .tab, .backTab], &interaction, state)
        #expect(interaction.view.focus == .loadBalancers)
        _ = press([.character("/")] + "work".map { .character($0) } + [.enter], &interaction, state)
        #expect(
            interaction.view.filter == "work" && interaction.view.matches("worker-asg")
                && !interaction.view.matches("web-asg"))
    }
}
