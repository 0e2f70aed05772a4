import Collectors
import DashboardModel
import DashboardRender
import FlightdeckPlatform
import Foundation

/// The dashboard's loop: carries events to `AppState.update(_:)`, runs the effects it returns, and
/// paints. Polls run concurrently as tasks; their answers come back through an inbox, so the state is
/// only ever touched on the loop's thread, and the terminal only from there too.
public final class DashboardRuntime: @unchecked Sendable {
    /// Polls AWS (or the simulator); replaced when `:region` switches regions.
    public private(set) var collector: Collector
    /// Applies confirmed scaling changes; nil in read-only mode, so no path reaches a mutating call.
    public private(set) var executor: ScalingExecutor?
    /// The header's information.
    public var header: HeaderInfo { app.header }
    let clock: Platform.Clock
    /// What the loop decides with.
    private(set) var app: AppState
    private let inbox = Inbox()
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
        self.clock = clock
        self.faultInjector = faultInjector
        self.regionSwitcher = regionSwitcher
        app = AppState(
            header: header, intervals: intervals, thresholds: thresholds, start: clock(), canScale: executor != nil,
            canSwitchRegions: regionSwitcher != nil, canInjectFaults: faultInjector != nil,
            confirmInterrupt: confirmInterrupt, faults: faults)
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
        var previousPaint: CellBuffer?
        send(.started, screen: screen, previousPaint: &previousPaint)
        while app.running {
            for event in inbox.drain() { send(event, screen: screen, previousPaint: &previousPaint) }
            send(.tick(clock()), screen: screen, previousPaint: &previousPaint)
            if app.needsPaint {
                let (width, height) = screen.size
                let buffer = app.frame(width: width, height: height, glyphs: screen.glyphs, now: clock())
                if buffer != previousPaint {
                    screen.paint(buffer)
                    previousPaint = buffer
                }
                send(.painted, screen: screen, previousPaint: &previousPaint)
            }
            guard let input = screen.nextInput(milliseconds: inbox.isEmpty ? 100 : 0) else { continue }
            let event: AppEvent =
                switch input {
                case .hangup: .hangup
                case .resize: .resized
                case let .key(key): .key(key, at: clock())
                }
            send(event, screen: screen, previousPaint: &previousPaint)
        }
    }

    /// Gives the state one event and runs what it asks for; the shell's own answers (a theme refused,
    /// regions switched) go straight back in.
    private func send(_ event: AppEvent, screen: Screen, previousPaint: inout CellBuffer?) {
        for effect in app.update(event) {
            switch effect {
            case .repaintAll:
                previousPaint = nil
            case let .notify(alert):
                screen.notify(alert)
            case .firstCompleteFrame:
                onFirstCompleteFrame?()
            case let .setTheme(name):
                if let error = screen.setTheme(named: name) {
                    send(.themeRefused(error), screen: screen, previousPaint: &previousPaint)
                }
            case let .switchRegions(regions):
                send(switchRegions(to: regions), screen: screen, previousPaint: &previousPaint)
            case .poll, .fetchPrices, .countMetrics, .applyScaling, .createSchedule, .deleteScheduledAction,
                .injectFault:
                if !startTask(effect) { send(.unavailable(effect), screen: screen, previousPaint: &previousPaint) }
            }
        }
    }

    /// Starts the task an effect asks for; its answer comes back through the inbox. False when the
    /// shell has nothing to run it with (no executor, no fault injector).
    private func startTask(_ effect: AppEffect) -> Bool {
        let (collector, executor, inbox, clock) = (collector, executor, inbox, clock)
        switch effect {
        case let .poll(source, generation):
            Task {
                // Cost Explorer's figures do not wait for prices: those come apart (`fetchPrices`).
                let result = source == .cost ? await collector.pollCostActuals() : await collector.poll(source)
                inbox.post(.polled(source, result, clock(), generation: generation))
                // The poll signed with the chain's credentials, which may have renewed them (or
                // found a new login): say how long they can be renewed now.
                if let status = await collector.credentialStatus() { inbox.post(.credentials(status, clock())) }
                let warnings = await collector.warnings()
                if !warnings.isEmpty { inbox.post(.warnings(warnings, clock(), generation: generation)) }
            }
        case let .fetchPrices(request, generation):
            Task {
                guard let table = await collector.freshPrices() else { return }
                inbox.post(.priced(table, clock(), request: request, generation: generation))
            }
        case let .countMetrics(generation):
            Task {
                let count = await collector.metricsPerPoll()
                inbox.post(
                    .metricsCounted(count, targetCounts: await collector.targetCountMetrics(), generation: generation))
            }
        case let .applyScaling(plan):
            guard let executor else { return false }
            Task { inbox.post(.scaled(plan, await executor.apply(plan), clock())) }
        case let .createSchedule(plan):
            return runSchedule(group: plan.request.group) { await $0.create(plan) }
        case let .deleteScheduledAction(group, region, action, limits):
            return runSchedule(group: group) {
                await $0.delete(action.name, group: group, region: region, limits: limits, time: action.time)
            }
        case let .injectFault(request):
            guard let faultInjector else { return false }
            Task { inbox.post(.faulted(request, await faultInjector(request), clock())) }
        case .repaintAll, .notify, .firstCompleteFrame, .setTheme, .switchRegions:
            break
        }
        return true
    }

    /// Runs a confirmed schedule change off the loop; the cached scheduled actions are dropped before
    /// the outcome comes back, so the poll it starts shows the change.
    private func runSchedule(
        group: String, _ work: @escaping @Sendable (ScheduleExecutor) async -> ScheduleOutcome
    ) -> Bool {
        guard let executor else { return false }
        Task { [inbox, collector, clock] in
            let outcome = await work(executor.scheduleExecutor)
            await collector.forgetScheduledActions()
            inbox.post(.scheduled(group: group, outcome, clock()))
        }
        return true
    }

    /// Builds the watch of `regions` and takes it, or says why not: names that are not regions
    /// change nothing.
    private func switchRegions(to regions: [String]) -> AppEvent {
        guard let regionSwitcher else { return .unavailable(.switchRegions(regions)) }
        do {
            let watch = try regionSwitcher(regions)
            collector = watch.collector
            executor = app.header.readOnly ? nil : watch.executor
            return .regionsSwitched(regions, canScale: executor != nil, clock())
        } catch {
            return .regionsRefused(regions, reason: "\(error)")
        }
    }
}

/// Carries the screen to the loop's thread, the only one that uses it.
private final class ScreenBox: @unchecked Sendable {
    let screen: Screen
    init(_ screen: Screen) { self.screen = screen }
}
