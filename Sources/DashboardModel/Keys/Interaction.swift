import Foundation

/// What the shell must do after a key.
public enum UIEffect: Sendable, Equatable {
    /// Leave the dashboard.
    case quit
    /// Poll everything now.
    case refresh
    /// Pause or resume polling.
    case togglePause
    /// Apply a confirmed scaling plan (read the group again first, then call AWS once).
    case applyScaling(ScalingPlan)
    /// Switch to another theme.
    case setTheme(String)
    /// Watch other regions.
    case setRegions([String])
    /// Inject a fault into the simulator (the demo only), e.g. `rds-failover` or `az-outage us-east-1b`.
    case fault(FaultRequest)
    /// Put a confirmed pre-warm's scheduled actions (once each, audited).
    case createSchedule(SchedulePlan)
    /// Delete a confirmed scheduled action (audited).
    case deleteScheduledAction(group: String, region: String, action: ScheduledActionSummary)
}

/// Turns keys into view changes and effects: navigation, prompts, the command line, and the
/// scaling confirmation that cannot be skipped.
///
/// A scaling change reaches `UIEffect.applyScaling` only from a confirmation dialog, only for a plan
/// with no errors, only when the operator typed the group's name where required, and never while
/// another change to the same group is being applied. In read-only mode no path leads there.
public struct Interaction: Sendable {
    /// Focus, selection and overlay.
    public internal(set) var view = ViewState()
    /// The live key map.
    public let keyMap: KeyMap
    /// Whether mutating actions are off.
    public let readOnly: Bool
    /// Groups with a change being applied now.
    public private(set) var applying: Set<String> = []

    private var countPrefix = ""

    /// The faults the demo's menu offers; empty outside the demo.
    public let faults: [FaultRequest]
    /// The operator's time zone: `:prewarm` times without a zone are read in it.
    public var timeZone: TimeZone = .current

    /// Creates the interaction for a key map; `readOnly` refuses every mutating path; `faults` fill
    /// the demo's fault menu.
    public init(keyMap: KeyMap, readOnly: Bool, faults: [FaultRequest] = []) {
        self.keyMap = keyMap
        self.readOnly = readOnly
        self.faults = faults
    }

    /// Handles one key against the current data; returns what the shell must do.
    public mutating func handle(_ key: KeyPress, state: DashboardState) -> [UIEffect] {
        switch view.overlay {
        case .none:
            return handleDashboardKey(key, state: state)
        case .help, .errorLog, .alerts, .notice:
            view.overlay = .none
            return []
        case let .limitPrompt(group, field, current, text):
            return handlePrompt(key, group: group, field: field, current: current, text: text, state: state)
        case let .filter(text):
            handleFilter(key, text: text)
            return []
        case .quitConfirm:
            view.overlay = .none
            return key == .enter || key == .character("y") || key == .character("Y") || key == .interrupt ? [.quit] : []
        case let .commandLine(text):
            return handleCommandLine(key, text: text, state: state)
        case let .confirmScaling(plan, reoffered, typed):
            return handleConfirm(key, plan: plan, reoffered: reoffered, typed: typed)
        case let .confirmSchedule(plan, typed):
            return handleScheduleConfirm(key, plan: plan, typed: typed)
        case let .confirmDeletion(group, region, action):
            return handleDeletionConfirm(key, group: group, region: region, action: action)
        case let .scheduledActionMenu(group, _, actions):
            return handleScheduleMenu(key, group: group, actions: actions, state: state)
        case let .faultMenu(items):
            view.overlay = .none
            if case let .character(character) = key, let index = Overlay.menuKeys.firstIndex(of: character),
                index < items.count
            {
                return [.fault(items[index])]
            }
            return []
        }
    }

    /// Records the end of an applied change and shows its result.
    public mutating func scalingFinished(group: String, _ notice: Notice) {
        applying.remove(group)
        reoffers[group] = nil
        view.overlay = .notice(notice)
    }

    /// How many times in a row a change was offered again because the group moved, by group.
    public private(set) var reoffers: [String: Int] = [:]
    /// How many moves in a row end the offers: the group moves too fast to change by hand.
    public static let maxReoffers = 3

    /// The group moved between the dialog and the change (nothing was sent): offers the same intent
    /// again against `current`, saying what changed and who moved it, until it has moved `maxReoffers`
    /// times in a row.
    public mutating func scalingMoved(
        _ plan: ScalingPlan, to current: ScalingLimits, by mover: ScalingMover?, state: DashboardState
    ) {
        let name = plan.request.group
        applying.remove(name)
        let moves = (reoffers[name] ?? 0) + 1
        reoffers[name] = moves
        guard moves < Self.maxReoffers else {
            reoffers[name] = nil
            view.overlay = .notice(.movingTooFast(group: name, from: plan.before, to: current, by: mover, moves: moves))
            return
        }
        guard let group = state.groups.value?.first(where: { $0.name == name }) else {
            view.overlay = .notice(.unknownGroup(name))
            return
        }
        var again = ScalingPlanner.plan(
            plan.request.replanned(for: current), group: group.with(current), prices: state.prices,
            quotaRoom: state.quotaRoom(for: group), now: state.now)
        again.warnings.insert(.movedSinceDialog(group: name, from: plan.before, to: current, by: mover), at: 0)
        guard again.isApplicable else {
            reoffers[name] = nil
            view.overlay = .notice(.movedAndInvalid(again))
            return
        }
        view.overlay = .confirmScaling(again, reoffered: true, typed: "")
    }

    /// Shows a notice over the panels until a key is pressed.
    public mutating func show(_ notice: Notice) {
        view.overlay = .notice(notice)
    }

    // MARK: - Dashboard keys

    private mutating func handleDashboardKey(_ key: KeyPress, state: DashboardState) -> [UIEffect] {
        if case let .character(character) = key, character.isASCII, character.isNumber, !readOnly {
            countPrefix.append(character)
            return []
        }
        let count = Int(countPrefix).map { Swift.max(1, $0) } ?? 1
        countPrefix = ""
        guard let action = keyMap.action(for: key) else { return [] }
        switch action {
        case .focusNext, .moveRight:
            view.focus = view.focus.next
        case .focusPrevious, .moveLeft:
            view.focus = view.focus.previous
        case .moveUp:
            view.selection[view.focus] = Swift.max(0, view.selected(view.focus) - 1)
        case .moveDown:
            view.selection[view.focus] = Swift.min(
                Swift.max(0, view.rowCount(view.focus, in: state) - 1), view.selected(view.focus) + 1)
        case .zoom:
            view.zoomed.toggle()
        case .leaveZoom:
            view.zoomed = false
        case .refresh:
            return [.refresh]
        case .pause:
            return [.togglePause]
        case .filter:
            view.overlay = .filter(text: "")
        case .commandLine:
            view.overlay = .commandLine("")
        case .errorLog:
            view.overlay = .errorLog
        case .alerts:
            view.overlay = .alerts
        case .help:
            view.overlay = .help
        case .quit:
            return [.quit]
        case .faultMenu:
            guard !faults.isEmpty else { return [] }
            view.overlay = .faultMenu(faults)
        case .interrupt:
            view.overlay = .quitConfirm
        case .deleteScheduledAction:
            offerDeletion(state)
        case .increaseDesired, .decreaseDesired:
            guard let group = selectedGroup(state) else { return noGroup() }
            let delta = action == .increaseDesired ? count : -count
            propose(.step(delta, group: group.name, from: group.desired), state: state)
        case .setDesired, .setMin, .setMax:
            guard let group = selectedGroup(state) else { return noGroup() }
            let field: ScalingField = action == .setDesired ? .desired : (action == .setMin ? .min : .max)
            let current = field == .desired ? group.desired : (field == .min ? group.min : group.max)
            view.overlay = .limitPrompt(group: group.name, field: field, current: current, text: String(current))
        }
        return []
    }

    private mutating func noGroup() -> [UIEffect] {
        view.overlay = .notice(.noGroupSelected)
        return []
    }

    func selectedGroup(_ state: DashboardState) -> AutoScalingGroupStatus? {
        let groups = view.shownGroups(state)
        guard !groups.isEmpty else { return nil }
        return groups[view.selectedRow(.autoScaling, of: groups.count)]
    }

    // MARK: - Prompts and the command line

    private mutating func handlePrompt(
        _ key: KeyPress, group: String, field: ScalingField, current: Int, text: String,
        state: DashboardState
    ) -> [UIEffect] {
        switch key {
        case .escape, .interrupt:
            view.overlay = .none
        case .backspace:
            view.overlay = .limitPrompt(group: group, field: field, current: current, text: String(text.dropLast()))
        case let .character(character):
            view.overlay = .limitPrompt(group: group, field: field, current: current, text: text + String(character))
        case .enter:
            view.overlay = .none
            guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
                view.overlay = .notice(.notANumber(text))
                return []
            }
            var request = ScalingRequest(group: group)
            switch field {
            case .min: request.min = value
            case .max: request.max = value
            case .desired: request.desired = value
            }
            propose(request, state: state)
        default:
            break
        }
        return []
    }

    /// The filter being typed: Enter sets it (nothing typed clears it), Esc keeps the one before.
    private mutating func handleFilter(_ key: KeyPress, text: String) {
        switch key {
        case .escape, .interrupt:
            view.overlay = .none
        case .backspace:
            view.overlay = .filter(text: String(text.dropLast()))
        case let .character(character):
            view.overlay = .filter(text: text + String(character))
        case .enter:
            view.overlay = .none
            view.filter = text.trimmingCharacters(in: .whitespaces)
            view.selection = [:]
        default:
            break
        }
    }

    private mutating func handleCommandLine(_ key: KeyPress, text: String, state: DashboardState) -> [UIEffect] {
        switch key {
        case .escape, .interrupt:
            view.overlay = .none
        case .backspace:
            view.overlay = text.isEmpty ? .none : .commandLine(String(text.dropLast()))
        case let .character(character):
            view.overlay = .commandLine(text + String(character))
        case .enter:
            view.overlay = .none
            switch CommandLineParser.parse(text) {
            case let .failure(error):
                view.overlay = .notice(.command(error))
            case let .success(command):
                return run(command, state: state)
            }
        default:
            break
        }
        return []
    }

    private mutating func run(_ command: ColonCommand, state: DashboardState) -> [UIEffect] {
        switch command {
        case .quit: return [.quit]
        case .help: view.overlay = .help
        case let .theme(name): return [.setTheme(name)]
        case let .regions(regions): return [.setRegions(regions)]
        case let .filter(text):
            view.filter = text
            view.selection = [:]
        case let .scale(request):
            propose(request, state: state)
        case let .prewarm(command):
            prewarm(command, state: state)
        case let .fault(request):
            guard !faults.isEmpty else {
                view.overlay = .notice(.faultsOnlyInDemo)
                return []
            }
            return [.fault(request)]
        }
        return []
    }

    // MARK: - Scaling confirmation

    private mutating func propose(_ request: ScalingRequest, state: DashboardState) {
        guard !readOnly else {
            view.overlay = .notice(.readOnly)
            return
        }
        guard let group = state.groups.value?.first(where: { $0.name == request.group }) else {
            view.overlay = .notice(.unknownGroup(request.group))
            return
        }
        guard !applying.contains(group.name) else {
            view.overlay = .notice(.busy(group.name))
            return
        }
        var plan = ScalingPlanner.plan(
            request, group: group, prices: state.prices, quotaRoom: state.quotaRoom(for: group), now: state.now)
        if let staleness = state.staleness(.autoScaling, at: state.now) {
            // The plan starts from what the screen shows; say how old that is (it is read again before applying).
            plan.warnings.insert(.staleFigures(staleness), at: 0)
        }
        guard plan.isApplicable else {
            view.overlay = .notice(.cannotScale(plan))
            return
        }
        view.overlay = .confirmScaling(plan, reoffered: false, typed: "")
    }

    /// The confirmation: y or Enter applies (or the group's name typed, when the plan asks for it), n,
    /// Esc or Ctrl-C cancel.
    private mutating func handleConfirm(_ key: KeyPress, plan: ScalingPlan, reoffered: Bool, typed: String)
        -> [UIEffect]
    {
        switch ConfirmationKey(key, name: plan.requiresTypedName ? plan.request.group : nil, typed: typed) {
        case .confirm:
            break
        case .cancel:
            reoffers[plan.request.group] = nil
            view.overlay = .none
            return []
        case let .typed(text):
            view.overlay = .confirmScaling(plan, reoffered: reoffered, typed: text)
            return []
        case .ignore:
            return []
        }
        applying.insert(plan.request.group)
        view.overlay = .notice(.applying(group: plan.request.group))
        return [.applyScaling(plan)]
    }
}
