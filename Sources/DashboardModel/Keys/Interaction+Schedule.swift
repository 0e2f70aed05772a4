import Foundation

/// Scheduled actions from the dashboard: `x` in a group's zoom deletes one, `:prewarm` creates a
/// pre-warm; each through a confirmation, never in read-only mode.
extension Interaction {
    /// `x`: offers the deletion of one of the zoomed group's scheduled actions (a menu when it has several).
    mutating func offerDeletion(_ state: DashboardState) {
        guard !readOnly else {
            view.overlay = .notice(.deletionReadOnly)
            return
        }
        guard view.zoomed, view.focus == .autoScaling, let group = selectedGroup(state) else {
            view.overlay = .notice(.zoomForScheduledActions)
            return
        }
        guard group.scheduledActionsKnown else {
            view.overlay = .notice(.scheduledActionsUnreadable(group: group.name))
            return
        }
        switch group.scheduledActions.count {
        case 0:
            view.overlay = .notice(.noScheduledActions(group: group.name))
        case 1:
            view.overlay = .confirmDeletion(group: group.name, region: group.region, action: group.scheduledActions[0])
        default:
            view.overlay = .scheduledActionMenu(
                group: group.name, region: group.region,
                actions: Array(group.scheduledActions.prefix(Overlay.menuKeys.count)))
        }
    }

    /// A key in the menu of actions: its item's key offers that action's deletion; any other key closes it.
    mutating func handleScheduleMenu(
        _ key: KeyPress, group name: String, actions: [ScheduledActionSummary],
        state: DashboardState
    ) -> [UIEffect] {
        view.overlay = .none
        guard case let .character(character) = key, let index = Overlay.menuKeys.firstIndex(of: character),
            index < actions.count,
            let group = state.groups.value?.first(where: { $0.name == name })
        else { return [] }
        view.overlay = .confirmDeletion(group: group.name, region: group.region, action: actions[index])
        return []
    }

    /// The deletion's confirmation: y or Enter sends it, n, Esc or Ctrl-C cancels.
    mutating func handleDeletionConfirm(_ key: KeyPress, group: String, region: String, action: ScheduledActionSummary)
        -> [UIEffect]
    {
        switch ConfirmationKey(key, name: nil, typed: "") {
        case .confirm:
            view.overlay = .notice(.deleting(group: group, action: action.name))
            return [.deleteScheduledAction(group: group, region: region, action: action)]
        case .cancel:
            view.overlay = .none
        case .typed, .ignore:
            break
        }
        return []
    }

    /// `:prewarm`: plans the pre-warm against the group now and offers it, or shows why it cannot be.
    mutating func prewarm(_ command: PrewarmCommand, state: DashboardState) {
        guard !readOnly else {
            view.overlay = .notice(.schedulingReadOnly)
            return
        }
        guard let group = state.groups.value?.first(where: { $0.name == command.group }) else {
            view.overlay = .notice(.unknownGroup(command.group))
            return
        }
        var start = state.now
        var until: Date?
        do throws(ScheduleTime.ParseError) {
            start = try ScheduleTime.parse(command.at, now: state.now, timeZone: timeZone)
            if let text = command.until { until = try ScheduleTime.parse(text, now: state.now, timeZone: timeZone) }
        } catch {
            view.overlay = .notice(.notATime(error.text))
            return
        }
        let request = ScheduleRequest(
            group: group.name, min: command.min, max: command.max, desired: command.desired, at: start, until: until)
        let plan = SchedulePlanner.plan(
            request, group: group, prices: state.prices, quotaRoom: state.quotaRoom(for: group), now: state.now)
        // A schedule that shrinks the group by more than half asks for its name, as a scaling change does.
        view.overlay = plan.isApplicable ? .confirmSchedule(plan, typed: "") : .notice(.cannotSchedule(plan))
    }

    /// A key in a schedule's confirmation: y or Enter sends it (Enter after the group's name when it is
    /// asked for), n, Esc or Ctrl-C cancels.
    mutating func handleScheduleConfirm(_ key: KeyPress, plan: SchedulePlan, typed: String) -> [UIEffect] {
        let group = plan.request.group
        switch ConfirmationKey(key, name: plan.change.requiresTypedName ? group : nil, typed: typed) {
        case .confirm:
            break
        case .cancel:
            view.overlay = .none
            return []
        case let .typed(text):
            view.overlay = .confirmSchedule(plan, typed: text)
            return []
        case .ignore:
            return []
        }
        view.overlay = .notice(.scheduling(group: group, entries: plan.entries.count))
        return [.createSchedule(plan)]
    }
}
