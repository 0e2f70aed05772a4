import Collectors
import DashboardModel
import DashboardRender
import FlightdeckPlatform
import Foundation

/// The dashboard's loop: one consumer that takes input, poll results and time, updates the state,
/// and paints. Polls run concurrently as tasks; their results come back through a queue, so the
/// state is only ever touched on the loop's thread, and the terminal only from there too.
public final class DashboardRuntime: @unchecked Sendable {
    /// Polls AWS (or the simulator); replaced when `:region` switches regions.
    public private(set) var collector: Collector
    /// Applies confirmed scaling changes; nil in read-only mode, so no path reaches a mutating call.
    public private(set) var executor: ScalingExecutor?
    /// The header's information.
    public var header: HeaderInfo
    let clock: Platform.Clock
    private(set) var state: DashboardState
    private(set) var interaction: Interaction
    private let inbox = Inbox()
    private var running = true
    private var lastTick = Date.distantPast
    /// The alerts as the last notification check saw them.
    private var alertsSeen: [Alert] = []
    private let intervals: [DataSource: Double]
    /// Counts region switches; results of polls started before the latest one are dropped.
    private var generation = 0
    /// Counts price requests, and the newest whose table was applied: an older table is never applied over a newer one.
    private var pricesRequested = 0
    private var pricesApplied = 0
    /// Builds the collector and executor of other regions; nil when `:region` cannot switch live.
    private let regionSwitcher: RegionSwitcher?
    /// Injects a fault into the simulation and says what happened (the demo only).
    public let faultInjector: (@Sendable (FaultRequest) async -> FaultInjection)?

    /// Puts `account` and `alias` in the header at the next frame; safe from any thread (they are
    /// asked beside the first polls, not before them).
    public func identified(account: String?, alias: String?) {
        inbox.post(.identified(account: account, alias: alias))
    }

    /// Called once, on the loop's thread, right after the first frame in which every source has
    /// answered (with data or an error) is painted. For measuring start-up; nil in normal use.
    public var onFirstCompleteFrame: (@Sendable () -> Void)?

    /// Creates the runtime. With `header.readOnly` the executor is dropped, so no path reaches a
    /// mutating call. `faults` and `faultInjector` give the demo its fault menu.
    public init(
        collector: Collector, executor: ScalingExecutor?, header: HeaderInfo, intervals: [DataSource: Double],
        thresholds: AlertThresholds, confirmInterrupt: Bool = true, faults: [FaultRequest] = [],
        faultInjector: (@Sendable (FaultRequest) async -> FaultInjection)? = nil, regionSwitcher: RegionSwitcher? = nil,
        clock: @escaping Platform.Clock = Platform.systemClock
    ) {
        self.collector = collector
        self.executor = header.readOnly ? nil : executor
        self.header = header
        self.clock = clock
        self.faultInjector = faultInjector
        self.intervals = intervals
        self.regionSwitcher = regionSwitcher
        state = DashboardState(start: clock(), intervals: intervals, thresholds: thresholds)
        let readOnly = header.readOnly || executor == nil
        interaction = Interaction(
            keyMap: .standard(readOnly: readOnly, confirmInterrupt: confirmInterrupt, demo: faultInjector != nil),
            readOnly: readOnly, faults: faultInjector == nil ? [] : faults)
    }

    /// Runs until the operator quits or the terminal hangs up.
    ///
    /// The loop gets a thread of its own: it blocks waiting for keys, which must not starve the
    /// concurrency pool the polls run on, and it keeps every terminal call on one thread.
    public func run(on screen: Screen) async {
        let box = ScreenBox(screen)
        // A poll's answer ends the loop's wait for a key, so it is drawn at once, not at the next tick.
        inbox.onPost = { box.screen.wake() }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let thread = Thread { [self] in
                loop(on: box.screen)
                continuation.resume()
            }
            thread.name = "flightdeck-ui"
            thread.start()
        }
    }

    private func loop(on screen: Screen) {
        countMetrics()
        var previousPaint: CellBuffer?
        var dirty = true
        var firstCompleteFramePainted = false
        while running {
            for message in inbox.drain() {
                handle(message)
                dirty = true
            }
            let now = clock()
            if now.timeIntervalSince(lastTick) >= 1 {
                lastTick = now
                start(state.apply(.tick(now)))
                dirty = true
            }
            if dirty {
                let buffer = render(screen)
                if buffer != previousPaint {
                    screen.paint(buffer)
                    previousPaint = buffer
                }
                notifyNewCriticalAlerts(on: screen)
                dirty = false
                if !firstCompleteFramePainted, state.everySourceHasAnswered {
                    firstCompleteFramePainted = true
                    onFirstCompleteFrame?()
                }
            }
            guard let input = screen.nextInput(milliseconds: inbox.isEmpty ? 100 : 0) else { continue }
            dirty = true
            switch input {
            case .hangup:
                running = false
            case .resize:
                previousPaint = nil
            case let .key(key):
                perform(interaction.handle(key, state: state), screen: screen)
            }
        }
    }

    /// Asks the screen to notify each critical alert that started holding since the last check.
    private func notifyNewCriticalAlerts(on screen: Screen) {
        for alert in CriticalAlertNotices.new(before: alertsSeen, after: state.alerts) { screen.notify(alert) }
        alertsSeen = state.alerts
    }

    /// The screen for the current state.
    func render(_ screen: Screen) -> CellBuffer {
        let (width, height) = screen.size
        let context = RenderContext(
            header: header, view: interaction.view, glyphs: screen.glyphs, now: clock(),
            hints: interaction.keyMap.hints, help: interaction.keyMap.help)
        return DashboardRenderer.render(state, context: context, width: width, height: height)
    }

    private func perform(_ effects: [UIEffect], screen: Screen) {
        for effect in effects {
            switch effect {
            case .quit:
                running = false
            case .refresh:
                start(state.apply(.refreshRequested(clock())))
            case .togglePause:
                _ = state.apply(.pauseToggled(clock()))
            case let .setTheme(name):
                if let error = screen.setTheme(named: name) { interaction.show(.theme(error)) }
            case let .setRegions(regions):
                switchRegions(to: regions)
            case let .fault(text):
                guard let faultInjector else { continue }
                Task { [inbox] in inbox.post(.faulted(text, await faultInjector(text))) }
            case let .applyScaling(plan):
                guard let executor else {
                    interaction.scalingFinished(group: plan.request.group, .scalingOff)
                    continue
                }
                Task { [inbox] in
                    let outcome = await executor.apply(plan)
                    inbox.post(.scaled(plan, outcome))
                }
            case let .createSchedule(plan):
                runSchedule(group: plan.request.group) { await $0.create(plan) }
            case let .deleteScheduledAction(group, region, action):
                let limits =
                    state.groups.value?.first { $0.name == group }.map(ScalingLimits.init(of:))
                    ?? ScalingLimits(min: 0, max: 0, desired: 0)
                runSchedule(group: group) {
                    await $0.delete(action.name, group: group, region: region, limits: limits, time: action.time)
                }
            }
        }
    }

    /// Runs a confirmed schedule change off the loop; the cached scheduled actions are dropped before
    /// the outcome comes back, so the poll it starts shows the change.
    private func runSchedule(group: String, _ work: @escaping @Sendable (ScheduleExecutor) async -> ScheduleOutcome) {
        guard let executor else {
            interaction.show(.schedulingOff)
            return
        }
        Task { [inbox, collector] in
            let outcome = await work(executor.scheduleExecutor)
            await collector.forgetScheduledActions()
            inbox.post(.scheduled(group, outcome))
        }
    }

    private func start(_ effects: [DashboardEffect]) {
        for case let .poll(source) in effects {
            Task { [collector, inbox, clock, generation] in
                // Cost Explorer's figures do not wait for prices: those come apart, below.
                let result = source == .cost ? await collector.pollCostActuals() : await collector.poll(source)
                inbox.post(.polled(source, result, clock(), generation: generation))
                // The poll signed with the chain's credentials, which may have renewed them (or
                // found a new login): say how long they can be renewed now.
                if let status = await collector.credentialStatus() { inbox.post(.credentials(status, clock())) }
                let warnings = await collector.warnings()
                if !warnings.isEmpty { inbox.post(.warnings(warnings, generation: generation)) }
            }
            if source == .cost { fetchPrices() }
        }
    }

    /// Asks for prices beside a cost poll: the bundled or cached table shows until the Pricing API's
    /// replaces it. A table from an older request that answers late is dropped.
    private func fetchPrices() {
        pricesRequested += 1
        Task { [collector, inbox, clock, generation, pricesRequested] in
            guard let table = await collector.freshPrices() else { return }
            inbox.post(.priced(table, clock(), request: pricesRequested, generation: generation))
        }
    }

    /// Asks the collector how many metrics a CloudWatch poll fetches, and how many target counts it
    /// buys a minute at scale (the polling-cost figure): again after each metrics poll, since the
    /// lists they depend on load after the start.
    private func countMetrics() {
        Task { [collector, inbox, generation] in
            let count = await collector.metricsPerPoll()
            inbox.post(
                .metricsPerPoll(count, targetCounts: await collector.targetCountMetrics(), generation: generation))
        }
    }

    /// Watches `regions` from now on: a new collector and executor, and a fresh state (the figures
    /// of the old regions would be wrong for the new ones); polls still running for the old regions
    /// are ignored when they answer. Names that are not regions change nothing and are shown.
    private func switchRegions(to regions: [String]) {
        guard let regionSwitcher else {
            interaction.show(.regionsNeedRestart(regions))
            return
        }
        let watch: RegionWatch
        do {
            watch = try regionSwitcher(regions)
        } catch {
            interaction.show(.regionsRefused(reason: "\(error)", watching: header.regions))
            return
        }
        let previous = header.regions
        generation += 1
        collector = watch.collector
        executor = header.readOnly ? nil : watch.executor
        header.regions = regions
        let (metricsPerPoll, targetCountMetrics) = (state.metricsPerPoll, state.targetCountMetrics)
        state = DashboardState(start: clock(), intervals: intervals, thresholds: state.thresholds)
        state.metricsPerPoll = metricsPerPoll
        state.targetCountMetrics = targetCountMetrics
        _ = state.apply(
            .operatorAction(
                TimelineEvent(time: clock(), resource: "regions", .regionsSwitched(to: regions, from: previous))))
        countMetrics()
        start(state.apply(.tick(clock())))
    }

    private func handle(_ message: Inbox.Message) {
        if let from = message.generation, from != generation { return }
        switch message {
        case let .polled(source, result, date, _):
            start(state.apply(.polled(source, result, date)))
            if source == .metrics { countMetrics() }
        case let .metricsPerPoll(count, targetCounts, _):
            state.metricsPerPoll = count
            state.targetCountMetrics = targetCounts
        case let .priced(table, date, request, _):
            guard request > pricesApplied else { return }
            pricesApplied = request
            _ = state.apply(.priced(table, date))
        case let .warnings(warnings, _):
            for warning in warnings {
                _ = state.apply(
                    .operatorAction(TimelineEvent(time: clock(), resource: "discovery", .discoveryWarning(warning))))
            }
        case let .faulted(fault, result):
            // Stamped when the simulation applied it, so it comes before what it caused.
            _ = state.apply(
                .operatorAction(
                    TimelineEvent(time: result.appliedAt ?? clock(), resource: "simulation", .fault(fault, result))))
        case let .credentials(status, date):
            _ = state.apply(.credentialsChecked(status, date))
        case let .identified(account, alias):
            header.account = account
            header.accountAlias = alias
        case let .scaled(plan, outcome):
            _ = state.apply(
                .operatorAction(
                    TimelineEvent(
                        time: outcome.record.time, resource: plan.request.group,
                        .scaled(outcome.result, detail: outcome.message))))
            if let current = outcome.movedTo, outcome.auditError == nil {
                // The group moved under the dialog: offer the same change again, never apply it blind.
                interaction.scalingMoved(plan, to: current, by: outcome.movedBy, state: state)
            } else {
                interaction.scalingFinished(
                    group: plan.request.group,
                    .scaled(
                        group: plan.request.group, outcome.result, detail: outcome.message,
                        requestID: outcome.requestID, auditError: outcome.auditError))
            }
            start(state.apply(.pollNow(.autoScaling, clock())))
        case let .scheduled(group, outcome):
            for record in outcome.records {
                _ = state.apply(
                    .operatorAction(
                        TimelineEvent(
                            time: record.time, resource: group,
                            .scheduleChanged(record.result, detail: record.detail ?? record.result.rawValue))))
            }
            interaction.show(
                .scheduled(group: group, outcome.result, lines: outcome.lines, auditError: outcome.auditError))
            start(state.apply(.pollNow(.autoScaling, clock())))
        }
    }
}

/// Carries the screen to the loop's thread, the only one that uses it.
private final class ScreenBox: @unchecked Sendable {
    let screen: Screen
    init(_ screen: Screen) { self.screen = screen }
}

/// Messages from poll and scaling tasks to the loop.
final class Inbox: @unchecked Sendable {
    /// One message.
    enum Message: Sendable {
        case polled(DataSource, PollResult, Date, generation: Int)
        case metricsPerPoll(Int, targetCounts: Int, generation: Int)
        case priced(PriceTable, Date, request: Int, generation: Int)
        case scaled(ScalingPlan, ScalingOutcome)
        case faulted(FaultRequest, FaultInjection)
        case scheduled(String, ScheduleOutcome)
        case warnings([String], generation: Int)
        case credentials(CredentialStatus, Date)
        case identified(account: String?, alias: String?)

        /// The region switch the message belongs to; nil for messages that hold whatever the regions.
        var generation: Int? {
            switch self {
            case let .polled(_, _, _, generation), let .metricsPerPoll(_, _, generation), let .warnings(_, generation),
                let .priced(_, _, _, generation):
                generation
            case .scaled, .faulted, .credentials, .scheduled, .identified: nil
            }
        }
    }

    private let lock = NSLock()
    private var messages: [Message] = []

    /// Called after each post (the screen's wake-up), so a waiting loop draws it at once.
    var onPost: (@Sendable () -> Void)? {
        get { lock.withLock { postHook } }
        set { lock.withLock { postHook = newValue } }
    }
    private var postHook: (@Sendable () -> Void)?

    func post(_ message: Message) {
        let hook = lock.withLock {
            messages.append(message)
            return postHook
        }
        hook?()
    }

    func drain() -> [Message] {
        lock.withLock {
            defer { messages = [] }
            return messages
        }
    }

    var isEmpty: Bool { lock.withLock { messages.isEmpty } }
}

extension DashboardState {
    /// Whether every source has answered at least once, with data or with an error.
    var everySourceHasAnswered: Bool {
        [
            groups.updatedAt ?? groups.failedAt, targetGroups.updatedAt ?? targetGroups.failedAt,
            databases.updatedAt ?? databases.failedAt, distributions.updatedAt ?? distributions.failedAt,
            metrics.updatedAt ?? metrics.failedAt, costActuals.updatedAt ?? costActuals.failedAt
        ].allSatisfy { $0 != nil }
    }
}
