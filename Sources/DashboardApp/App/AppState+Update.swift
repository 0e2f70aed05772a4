import Collectors
import DashboardModel
import Foundation

extension AppState {
    /// Takes one event; returns what the shell must do for it. The only place the loop decides.
    public mutating func update(_ event: AppEvent) -> [AppEffect] {
        if let from = event.generation, from != generation { return [] }
        switch event {
        case .started:
            return [.countMetrics(generation: generation)]
        case let .tick(now):
            guard now.timeIntervalSince(lastTick) >= 1 else { return [] }
            lastTick = now
            needsPaint = true
            return start(dashboard.apply(.tick(now)))
        case let .key(key, now):
            needsPaint = true
            return perform(interaction.handle(key, state: dashboard), at: now)
        case .resized:
            needsPaint = true
            return [.repaintAll]
        case .hangup:
            running = false
            return []
        case .painted:
            return painted()
        default:
            needsPaint = true
            return answer(event)
        }
    }

    /// Takes an answer from a task the loop started, or from the shell.
    private mutating func answer(_ event: AppEvent) -> [AppEffect] {
        switch event {
        case let .polled(source, result, date, _):
            let effects = start(dashboard.apply(.polled(source, result, date)))
            // The lists the metrics depend on load after the start: count them again after each metrics poll.
            return source == .metrics ? effects + [.countMetrics(generation: generation)] : effects
        case let .metricsCounted(count, targetCounts, _):
            dashboard.metricsPerPoll = count
            dashboard.targetCountMetrics = targetCounts
        case let .priced(table, date, request, _):
            guard request > pricesApplied else { return [] }
            pricesApplied = request
            _ = dashboard.apply(.priced(table, date))
        case let .warnings(warnings, date, _):
            for warning in warnings {
                record(TimelineEvent(time: date, resource: "discovery", .discoveryWarning(warning)))
            }
        case let .credentials(status, date):
            _ = dashboard.apply(.credentialsChecked(status, date))
        case let .identified(account, alias):
            header.account = account
            header.accountAlias = alias
        case let .faulted(fault, result, date):
            // Stamped when the simulation applied it, so it comes before what it caused.
            record(TimelineEvent(time: result.appliedAt ?? date, resource: "simulation", .fault(fault, result)))
        case let .scaled(plan, outcome, date):
            return scaled(plan, outcome, at: date)
        case let .scheduled(group, outcome, date):
            for entry in outcome.records {
                record(
                    TimelineEvent(
                        time: entry.time, resource: group,
                        .scheduleChanged(entry.result, detail: entry.detail)))
            }
            interaction.show(
                .scheduled(
                    group: group, outcome.result, details: outcome.details, unfinishedStart: outcome.unfinishedStart,
                    auditError: outcome.auditError))
            return start(dashboard.apply(.pollNow(.autoScaling, date)))
        case let .themeRefused(error):
            interaction.show(.theme(error))
        case let .regionsRefused(_, reason):
            interaction.show(.regionsRefused(reason: reason, watching: header.regions))
        case let .regionsSwitched(regions, canScale, date):
            return switched(to: regions, canScale: canScale, at: date)
        case let .unavailable(effect):
            unavailable(effect)
        case .started, .tick, .key, .resized, .hangup, .painted:
            break
        }
        return []
    }

    /// Turns what a key asked for into state changes and effects.
    private mutating func perform(_ effects: [UIEffect], at now: Date) -> [AppEffect] {
        effects.flatMap { effect -> [AppEffect] in
            switch effect {
            case .quit:
                running = false
            case .refresh:
                return start(dashboard.apply(.refreshRequested(now)))
            case .togglePause:
                _ = dashboard.apply(.pauseToggled(now))
            case let .setTheme(name):
                return [.setTheme(name)]
            case let .setRegions(regions):
                guard canSwitchRegions else {
                    interaction.show(.regionsNeedRestart(regions))
                    return []
                }
                return [.switchRegions(regions)]
            case let .fault(request):
                return canInjectFaults ? [.injectFault(request)] : []
            case let .applyScaling(plan):
                guard canScale else {
                    interaction.scalingFinished(group: plan.request.group, .scalingOff)
                    return []
                }
                return [.applyScaling(plan)]
            case let .createSchedule(plan):
                guard canScale else {
                    interaction.show(.schedulingOff)
                    return []
                }
                return [.createSchedule(plan)]
            case let .deleteScheduledAction(group, region, action):
                guard canScale else {
                    interaction.show(.schedulingOff)
                    return []
                }
                let limits =
                    dashboard.groups.value?.first { $0.name == group }.map(ScalingLimits.init(of:))
                    ?? ScalingLimits(min: 0, max: 0, desired: 0)
                return [.deleteScheduledAction(group: group, region: region, action: action, limits: limits)]
            }
            return []
        }
    }

    /// The shell could not run `effect`: says so, and a change waiting on it is no longer being applied.
    private mutating func unavailable(_ effect: AppEffect) {
        switch effect {
        case let .applyScaling(plan):
            interaction.scalingFinished(group: plan.request.group, .scalingOff)
        case .createSchedule, .deleteScheduledAction:
            interaction.show(.schedulingOff)
        case let .switchRegions(regions):
            interaction.show(.regionsNeedRestart(regions))
        case .poll, .fetchPrices, .countMetrics, .injectFault, .setTheme, .notify, .repaintAll, .firstCompleteFrame:
            break
        }
    }

    /// A scaling change ended: a timeline line, then the result, or the same change offered again when
    /// the group moved under the dialog (never applied blind); Auto Scaling is polled at once.
    private mutating func scaled(_ plan: ScalingPlan, _ outcome: ScalingOutcome, at date: Date) -> [AppEffect] {
        let group = plan.request.group
        record(
            TimelineEvent(time: outcome.record.time, resource: group, .scaled(outcome.result, detail: outcome.detail)))
        if let current = outcome.movedTo, outcome.auditError == nil {
            interaction.scalingMoved(plan, to: current, by: outcome.movedBy, state: dashboard)
        } else {
            interaction.scalingFinished(
                group: group,
                .scaled(
                    group: group, outcome.result, detail: outcome.detail, requestID: outcome.requestID,
                    auditError: outcome.auditError))
        }
        return start(dashboard.apply(.pollNow(.autoScaling, date)))
    }

    /// The shell watches other regions: the old figures would be wrong for them, so the data starts
    /// afresh (keeping the polling-cost counts until recounted), answers to older tasks are dropped
    /// from now on, and every source is polled at once.
    private mutating func switched(to regions: [String], canScale: Bool, at date: Date) -> [AppEffect] {
        let previous = header.regions
        generation += 1
        header.regions = regions
        self.canScale = canScale && !header.readOnly
        let (metricsPerPoll, targetCountMetrics) = (dashboard.metricsPerPoll, dashboard.targetCountMetrics)
        dashboard = DashboardState(start: date, intervals: intervals, thresholds: dashboard.thresholds)
        dashboard.metricsPerPoll = metricsPerPoll
        dashboard.targetCountMetrics = targetCountMetrics
        record(TimelineEvent(time: date, resource: "regions", .regionsSwitched(to: regions, from: previous)))
        return [.countMetrics(generation: generation)] + start(dashboard.apply(.tick(date)))
    }

    /// After a paint: the critical alerts that started since the last one, and the first complete frame.
    private mutating func painted() -> [AppEffect] {
        needsPaint = false
        var effects = CriticalAlertNotices.new(before: alertsSeen, after: dashboard.alerts).map(AppEffect.notify)
        alertsSeen = dashboard.alerts
        if !firstCompleteFramePainted, dashboard.everySourceHasAnswered {
            firstCompleteFramePainted = true
            effects.append(.firstCompleteFrame)
        }
        return effects
    }

    /// The polls the dashboard asked for, with Pricing asked beside each cost poll.
    private mutating func start(_ effects: [DashboardEffect]) -> [AppEffect] {
        effects.flatMap { effect -> [AppEffect] in
            switch effect {
            case let .poll(source) where source == .cost:
                pricesRequested += 1
                return [
                    .poll(source, generation: generation),
                    .fetchPrices(request: pricesRequested, generation: generation)
                ]
            case let .poll(source):
                return [.poll(source, generation: generation)]
            }
        }
    }

    /// Keeps an operator's or the shell's action in the timeline.
    private mutating func record(_ event: TimelineEvent) {
        _ = dashboard.apply(.operatorAction(event))
    }
}

extension AppEvent {
    /// The region switch the event belongs to; nil for events that hold whatever the regions.
    var generation: Int? {
        switch self {
        case let .polled(_, _, _, generation), let .metricsCounted(_, _, generation), let .warnings(_, _, generation),
            let .priced(_, _, _, generation):
            generation
        case .started, .tick, .key, .resized, .hangup, .painted, .credentials, .identified, .scaled, .scheduled,
            .faulted, .themeRefused, .regionsSwitched, .regionsRefused, .unavailable:
            nil
        }
    }
}
