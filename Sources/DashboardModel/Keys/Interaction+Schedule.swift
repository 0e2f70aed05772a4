import Foundation

/// Scheduled actions from the dashboard: `x` in a group's zoom deletes one, `:prewarm` creates a
/// pre-warm; each through a confirmation, never in read-only mode.
extension Interaction {
    /// `x`: offers the deletion of one of the zoomed group's scheduled actions (a menu when it has several).
    mutating func offerDeletion(_ state: DashboardState) {
        guard !readOnly else {
            view.overlay = .message(title: "Read-only", lines: ["Flightdeck runs read-only: scheduled actions cannot be deleted."])
            return
        }
        guard view.zoomed, view.focus == .autoScaling, let group = selectedGroup(state) else {
            view.overlay = .message(title: "Scheduled actions", lines: ["Zoom an Auto Scaling group (Enter) to see and delete its scheduled actions."])
            return
        }
        guard group.scheduledActionsKnown else {
            view.overlay = .message(title: "Scheduled actions", lines: ["The scheduled actions of \(group.name) could not be read (see the error log, e)."])
            return
        }
        switch group.scheduledActions.count {
        case 0:
            view.overlay = .message(title: "Scheduled actions", lines: ["\(group.name) has no scheduled actions."])
        case 1:
            confirmDeletion(group: group, action: group.scheduledActions[0])
        default:
            view.scheduleOffer = .choose(group: group.name, region: group.region, actions: group.scheduledActions)
            view.overlay = .menu(title: "Delete which scheduled action of \(group.name)?",
                                 items: group.scheduledActions.prefix(Overlay.menuKeys.count).map(\.name))
        }
    }

    /// A key in the menu of actions: its item's key offers that action's deletion; any other key closes it.
    mutating func handleScheduleMenu(_ key: KeyPress, state: DashboardState) -> [UIEffect] {
        guard case let .choose(name, _, actions) = view.scheduleOffer else { return [] }
        view.scheduleOffer = nil
        guard case let .character(character) = key, let index = Overlay.menuKeys.firstIndex(of: character), index < actions.count,
              let group = state.groups.value?.first(where: { $0.name == name }) else { return [] }
        confirmDeletion(group: group, action: actions[index])
        return []
    }

    /// Opens the confirmation of deleting `action`.
    private mutating func confirmDeletion(group: AutoScalingGroupStatus, action: ScheduledActionSummary) {
        view.scheduleOffer = .delete(group: group.name, region: group.region, action: action)
        view.overlay = .confirm(title: "Delete scheduled action of \(group.name)?", lines: [], requiredText: nil, typed: "")
    }

    /// `:prewarm`: plans the pre-warm against the group now and offers it, or shows why it cannot be.
    mutating func prewarm(_ command: PrewarmCommand, state: DashboardState) {
        guard !readOnly else {
            view.overlay = .message(title: "Read-only", lines: ["Flightdeck runs read-only: scheduling is off."])
            return
        }
        guard let group = state.groups.value?.first(where: { $0.name == command.group }) else {
            view.overlay = .message(title: "Unknown group", lines: ["No Auto Scaling group named \(command.group) is being watched."])
            return
        }
        var start = state.now
        var until: Date?
        do throws(ScheduleTime.ParseError) {
            start = try ScheduleTime.parse(command.at, now: state.now, timeZone: timeZone)
            if let text = command.until { until = try ScheduleTime.parse(text, now: state.now, timeZone: timeZone) }
        } catch {
            let text = error.text
            view.overlay = .message(title: "Not a time", lines: [
                "'\(text)' is not a time: use HH:MM, YYYY-MM-DD HH:MM, or either followed by Z, +01:00 or a zone name; nothing was scheduled.",
            ])
            return
        }
        let request = ScheduleRequest(group: group.name, min: command.min, max: command.max, desired: command.desired, at: start, until: until)
        let plan = SchedulePlanner.plan(request, group: group, prices: state.prices, quotaRoom: state.quotaRoom(for: group), now: state.now)
        view.scheduleOffer = .create(plan)
        // A schedule that shrinks the group by more than half asks for its name, as a scaling change does.
        view.overlay = plan.isApplicable
            ? .confirm(title: "Schedule a pre-warm of \(group.name)?", lines: [], requiredText: plan.change.requiresTypedName ? group.name : nil, typed: "")
            : .message(title: "Cannot schedule \(group.name)", lines: [])
    }

    /// A key in a schedule's confirmation: y or Enter sends it (Enter after the group's name when it is
    /// asked for), n, Esc or Ctrl-C cancels.
    mutating func handleScheduleConfirm(_ key: KeyPress) -> [UIEffect] {
        let offer = view.scheduleOffer
        if case let .confirm(title, lines, requiredText?, typed) = view.overlay {
            switch key {
            case .escape, .interrupt:
                view.scheduleOffer = nil
                view.overlay = .none
                return []
            case .backspace:
                view.overlay = .confirm(title: title, lines: lines, requiredText: requiredText, typed: String(typed.dropLast()))
                return []
            case let .character(character):
                view.overlay = .confirm(title: title, lines: lines, requiredText: requiredText, typed: typed + String(character))
                return []
            case .enter where typed == requiredText:
                break
            case .enter:
                view.overlay = .confirm(title: title, lines: lines, requiredText: requiredText, typed: "")
                return []
            default:
                return []
            }
        } else {
            switch key {
            case .enter, .character("y"), .character("Y"):
                break
            case .escape, .interrupt, .character("n"), .character("N"):
                view.scheduleOffer = nil
                view.overlay = .none
                return []
            default:
                return []
            }
        }
        view.scheduleOffer = nil
        switch offer {
        case let .delete(group, region, action)?:
            view.overlay = .message(title: "Deleting", lines: ["Deleting \(action.name) of \(group)…"])
            return [.deleteScheduledAction(group: group, region: region, action: action)]
        case let .create(plan)? where plan.isApplicable:
            view.overlay = .message(title: "Scheduling", lines: ["Scheduling \(plan.entries.count) action\(plan.entries.count == 1 ? "" : "s") on \(plan.request.group)…"])
            return [.createSchedule(plan)]
        default:
            view.overlay = .none
            return []
        }
    }
}
