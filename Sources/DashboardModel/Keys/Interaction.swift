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
}

/// Turns keys into view changes and effects: navigation, prompts, the command line, and the
/// scaling confirmation that cannot be skipped.
///
/// A scaling change reaches `UIEffect.applyScaling` only from a confirmation dialog, only for a plan
/// with no errors, only when the operator typed the group's name where required, and never while
/// another change to the same group is being applied. In read-only mode no path leads there.
public struct Interaction: Sendable {
    /// Focus, selection and overlay.
    public private(set) var view = ViewState()
    /// The live key map.
    public let keyMap: KeyMap
    /// Whether mutating actions are off.
    public let readOnly: Bool
    /// Groups with a change being applied now.
    public private(set) var applying: Set<String> = []

    private var countPrefix = ""
    private var pendingPlan: ScalingPlan?
    private var promptPurpose: PromptPurpose?

    private enum PromptPurpose: Sendable {
        case limit(group: String, field: Field)
    }

    private enum Field: String, Sendable {
        case min, max, desired
    }

    /// The faults the demo's menu offers; empty outside the demo.
    public let faults: [FaultRequest]

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
        case .help, .errorLog, .alerts, .message:
            view.overlay = .none
            return []
        case let .prompt(title, text):
            return handlePrompt(key, title: title, text: text, state: state)
        case let .filter(text):
            handleFilter(key, text: text)
            return []
        case .quitConfirm:
            view.overlay = .none
            return key == .enter || key == .character("y") || key == .character("Y") || key == .interrupt ? [.quit] : []
        case let .commandLine(text):
            return handleCommandLine(key, text: text, state: state)
        case let .confirm(title, lines, requiredText, typed):
            return handleConfirm(key, title: title, lines: lines, requiredText: requiredText, typed: typed)
        case let .faultMenu(items):
            view.overlay = .none
            if case let .character(character) = key, let index = Overlay.menuKeys.firstIndex(of: character), index < items.count {
                return [.fault(items[index])]
            }
            return []
        }
    }

    /// Records the end of an applied change and shows its result.
    public mutating func scalingFinished(group: String, title: String, lines: [String]) {
        applying.remove(group)
        reoffers[group] = nil
        view.overlay = .message(title: title, lines: lines)
    }

    /// How many times in a row a change was offered again because the group moved, by group.
    public private(set) var reoffers: [String: Int] = [:]
    /// How many moves in a row end the offers: the group moves too fast to change by hand.
    public static let maxReoffers = 3

    /// The group moved between the dialog and the change (nothing was sent): offers the same intent
    /// again against `current`, saying what changed and who moved it, until it has moved `maxReoffers`
    /// times in a row.
    public mutating func scalingMoved(_ plan: ScalingPlan, to current: ScalingLimits, by mover: ScalingMover?, state: DashboardState) {
        let name = plan.request.group
        applying.remove(name)
        let moves = (reoffers[name] ?? 0) + 1
        reoffers[name] = moves
        let moved = "\(name) moved from \(plan.before) to \(current)" + (mover.map { " (by \($0.description))" } ?? "")
        guard moves < Self.maxReoffers else {
            reoffers[name] = nil
            pendingPlan = nil
            view.overlay = .message(title: "Not applied: \(name) is moving too fast", lines: [
                moved, "It changed \(moves) times while you confirmed; nothing was sent.",
                "Change it by raising min or max instead: those hold while the policy moves desired capacity.",
            ])
            return
        }
        guard let group = state.groups.value?.first(where: { $0.name == name }) else {
            view.overlay = .message(title: "Unknown group", lines: ["No Auto Scaling group named \(name) is being watched."])
            return
        }
        var again = ScalingPlanner.plan(plan.request.replanned(for: current), group: group.with(current), prices: state.prices)
        again.warnings.insert("\(moved); this is the same change against it, offered again", at: 0)
        guard again.isApplicable else {
            reoffers[name] = nil
            view.overlay = .message(title: "Not applied: \(name) moved", lines: again.dialogLines())
            return
        }
        offer(again, title: "Scale \(name)? (it moved: offered again)")
    }

    /// Opens the confirmation of `plan`, asking for the group's name when the plan requires it.
    private mutating func offer(_ plan: ScalingPlan, title: String) {
        pendingPlan = plan
        view.overlay = .confirm(title: title, lines: plan.dialogLines(),
                                requiredText: plan.requiresTypedName ? plan.request.group : nil, typed: "")
    }

    /// Shows a message over the panels until a key is pressed.
    public mutating func show(title: String, lines: [String]) {
        view.overlay = .message(title: title, lines: lines)
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
            view.selection[view.focus] = Swift.min(Swift.max(0, view.rowCount(view.focus, in: state) - 1), view.selected(view.focus) + 1)
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
            pendingPlan = nil
        case .increaseDesired, .decreaseDesired:
            guard let group = selectedGroup(state) else { return noGroup() }
            let delta = action == .increaseDesired ? count : -count
            propose(.step(delta, group: group.name, from: group.desired), state: state)
        case .setDesired, .setMin, .setMax:
            guard let group = selectedGroup(state) else { return noGroup() }
            let field: Field = action == .setDesired ? .desired : (action == .setMin ? .min : .max)
            let current = field == .desired ? group.desired : (field == .min ? group.min : group.max)
            promptPurpose = .limit(group: group.name, field: field)
            view.overlay = .prompt(title: "\(group.name): new \(field.rawValue) (now \(current))", text: String(current))
        }
        return []
    }

    private mutating func noGroup() -> [UIEffect] {
        view.overlay = .message(title: "No group selected", lines: ["Select an Auto Scaling group first (Tab to the Auto Scaling panel)."])
        return []
    }

    private func selectedGroup(_ state: DashboardState) -> AutoScalingGroupStatus? {
        let groups = view.shownGroups(state)
        guard !groups.isEmpty else { return nil }
        return groups[view.selectedRow(.autoScaling, of: groups.count)]
    }

    // MARK: - Prompts and the command line

    private mutating func handlePrompt(_ key: KeyPress, title: String, text: String, state: DashboardState) -> [UIEffect] {
        switch key {
        case .escape, .interrupt:
            view.overlay = .none
            promptPurpose = nil
        case .backspace:
            view.overlay = .prompt(title: title, text: String(text.dropLast()))
        case let .character(character):
            view.overlay = .prompt(title: title, text: text + String(character))
        case .enter:
            let purpose = promptPurpose
            promptPurpose = nil
            view.overlay = .none
            switch purpose {
            case let .limit(group, field)?:
                guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
                    view.overlay = .message(title: "Not a number", lines: ["'\(text)' is not a whole number; nothing was changed."])
                    return []
                }
                var request = ScalingRequest(group: group)
                switch field {
                case .min: request.min = value
                case .max: request.max = value
                case .desired: request.desired = value
                }
                propose(request, state: state)
            case nil:
                break
            }
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
                view.overlay = .message(title: "Command", lines: [error.message])
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
        case let .fault(request):
            guard !faults.isEmpty else {
                view.overlay = .message(title: "Faults", lines: ["Faults can only be injected into the simulation (flightdeck demo)."])
                return []
            }
            return [.fault(request)]
        }
        return []
    }

    // MARK: - Scaling confirmation

    private mutating func propose(_ request: ScalingRequest, state: DashboardState) {
        guard !readOnly else {
            view.overlay = .message(title: "Read-only", lines: ["Flightdeck runs read-only: scaling changes are off."])
            return
        }
        guard let group = state.groups.value?.first(where: { $0.name == request.group }) else {
            view.overlay = .message(title: "Unknown group", lines: ["No Auto Scaling group named \(request.group) is being watched."])
            return
        }
        guard !applying.contains(group.name) else {
            view.overlay = .message(title: "Busy", lines: ["A change to \(group.name) is being applied; wait for its result."])
            return
        }
        var plan = ScalingPlanner.plan(request, group: group, prices: state.prices)
        if let reason = state.staleReason(.autoScaling, at: state.now) {
            // The plan starts from what the screen shows; say how old that is (it is read again before applying).
            plan.warnings.insert("these figures are \(reason); the group is read again before anything is sent", at: 0)
        }
        guard plan.isApplicable else {
            view.overlay = .message(title: "Cannot scale \(group.name)", lines: plan.dialogLines())
            return
        }
        offer(plan, title: "Scale \(group.name)?")
    }

    private mutating func handleConfirm(_ key: KeyPress, title: String, lines: [String], requiredText: String?, typed: String) -> [UIEffect] {
        let plan = pendingPlan
        func cancel() {
            if let group = pendingPlan?.request.group { reoffers[group] = nil }
            pendingPlan = nil
            view.overlay = .none
        }
        if key == .escape {
            cancel()
            return []
        }
        guard let plan else {
            cancel()
            return []
        }
        if let requiredText {
            switch key {
            case .enter:
                guard typed == requiredText else {
                    view.overlay = .confirm(title: title, lines: lines, requiredText: requiredText, typed: "")
                    return []
                }
            case .backspace:
                view.overlay = .confirm(title: title, lines: lines, requiredText: requiredText, typed: String(typed.dropLast()))
                return []
            case let .character(character):
                view.overlay = .confirm(title: title, lines: lines, requiredText: requiredText, typed: typed + String(character))
                return []
            case .interrupt:
                cancel()
                return []
            default:
                return []
            }
        } else {
            switch key {
            case .enter, .character("y"), .character("Y"):
                break
            case .character("n"), .character("N"), .interrupt:
                cancel()
                return []
            default:
                return []
            }
        }
        pendingPlan = nil
        applying.insert(plan.request.group)
        view.overlay = .message(title: "Applying", lines: ["Reading \(plan.request.group) again, then applying…"])
        return [.applyScaling(plan)]
    }
}
