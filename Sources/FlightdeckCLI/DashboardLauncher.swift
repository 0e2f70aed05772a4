import AWSCore
import Collectors
import DashboardApp
import DashboardModel
import DashboardRender
import FlightdeckPlatform
import Foundation
import TerminalUI

/// Starts the terminal, runs the dashboard loop on it, and restores the terminal afterwards.
enum DashboardLauncher {
    /// Runs the dashboard until the operator quits; prints what the terminal held back afterwards.
    ///
    /// `cacheDirectory` holds the price and Cost Explorer caches; nil (the demo) keeps them in memory.
    static func run(
        wiring: Wiring, selection: Selection, display: DisplayOptions, settings: DashboardSettings,
        cacheDirectory: String?, simulation: Bool,
        auditPath: String, faults: [FaultRequest] = [],
        faultInjector: (@Sendable (FaultRequest) async -> FaultInjection)? = nil,
        clock: @escaping Platform.Clock = Platform.systemClock
    ) async throws {
        let environment = Platform.environment
        // Who the caller is, and the account's alias, are asked beside the first polls, not before
        // them: the header shows the account when it is known, and the records name the caller.
        let identityTask = Task { await wiring.identity() }
        let aliasTask = Task { await wiring.accountAlias() }
        let catalog = ThemeCatalog(searchPath: .current())
        let themeLoad = catalog.load(display.theme ?? "default")
        if let error = themeLoad.error {
            Platform.writeToStandardError("flightdeck: \(error); using the default theme\n")
        }
        let header = HeaderInfo(
            account: nil, accountAlias: nil, profile: wiring.profile, regions: wiring.regions,
            stack: settings.stackName, readOnly: display.readOnly, simulation: simulation, color: settings.headerRole)
        let costCache = cacheDirectory.map { CostCacheSettings(directory: $0, account: nil) }
        let readOnly = display.readOnly
        // What the dashboard watches, for the regions given at start and for those `:region` names later.
        let watch: @Sendable (CollectorClients) -> RegionWatch = { clients in
            let executor =
                readOnly
                ? nil
                : ScalingExecutor(
                    clients: Dictionary(
                        clients.regional.map { ($0.region, $0.client) }, uniquingKeysWith: { first, _ in first }),
                    audit: AuditLog(path: auditPath), caller: nil, profile: wiring.profile, origin: .dashboard,
                    clock: clock, wallClock: simulation ? { @Sendable in Date() } : nil,
                    callerLookup: { await identityTask.value?.arn })
            return RegionWatch(
                // The collector keeps time as the dashboard does: under the demo, simulated time.
                collector: Collector(
                    clients: clients, selection: selection, costCache: costCache,
                    account: { await identityTask.value?.account }, clock: clock),
                executor: executor)
        }
        let initial = watch(wiring.clients)
        let runtime = DashboardRuntime(
            collector: initial.collector, executor: initial.executor, header: header,
            intervals: settings.intervals, thresholds: settings.thresholds, confirmInterrupt: !display.noConfirmQuit,
            faults: faults, faultInjector: faultInjector,
            regionSwitcher: { regions in
                if let wrong = regions.first(where: { !EndpointResolver.isRegionName($0) }) {
                    throw CommandError("'\(wrong)' is not an AWS region name (e.g. us-east-1, eu-west-2)")
                }
                return watch(wiring.clients(of: regions))
            },
            clock: clock)
        Task {
            let identity = await identityTask.value
            runtime.identified(account: identity?.account, alias: await aliasTask.value)
        }
        if let path = environment[StartupStamp.variable], !path.isEmpty {
            runtime.onFirstCompleteFrame = { StartupStamp.write(to: path) }
        }
        let terminal = TerminalUI(
            options: TerminalOptions(theme: themeLoad.theme, environment: environment, controlKeysAsInput: true))
        do {
            try terminal.start()
        } catch {
            throw CommandError("cannot start the terminal: \(error)")
        }
        let title = ["Flightdeck", settings.stackName ?? (simulation ? "demo" : nil)].compactMap { $0 }.joined(
            separator: " ")
        let screen = TerminalScreen(
            terminal: terminal, catalog: catalog,
            glyphs: GlyphSet.select(environment: environment, forceASCII: display.ascii),
            notify: display.notify ?? .bell, title: title, environment: environment)
        await runtime.run(on: screen)
        terminal.stop()
        // Each notice already names the program ("flightdeck: TERM 'x' is not in ...").
        for notice in terminal.notices { Platform.writeToStandardError("\(notice)\n") }
    }
}

/// The start-up measurement hook of `scripts/bare-debian-proof`: with `FLIGHTDECK_FIRST_FRAME_FILE`
/// set, the wall-clock time (nanoseconds since the epoch) of the first complete frame is written there.
enum StartupStamp {
    /// The environment variable naming the file; unset in normal use.
    static let variable = "FLIGHTDECK_FIRST_FRAME_FILE"

    /// Writes the current `CLOCK_REALTIME` in nanoseconds to `path`; failures are ignored.
    static func write(to path: String) {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let nanoseconds = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
        _ = FileManager.default.createFile(atPath: path, contents: Data("\(nanoseconds)\n".utf8))
    }
}

/// A command's failure, printed as it is.
struct CommandError: Error, CustomStringConvertible {
    /// The message.
    let description: String

    /// Creates an error with `description`.
    init(_ description: String) { self.description = description }
}
