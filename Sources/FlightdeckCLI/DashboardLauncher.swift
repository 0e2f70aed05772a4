import AWSCore
import Collectors
import DashboardApp
import DashboardModel
import DashboardRender
import Foundation
import TerminalUI

/// Starts the terminal, runs the dashboard loop on it, and restores the terminal afterwards.
enum DashboardLauncher {
    /// Runs the dashboard until the operator quits; prints what the terminal held back afterwards.
    ///
    /// `cacheDirectory` holds the price and Cost Explorer caches; nil (the demo) keeps them in memory.
    static func run(wiring: Wiring, selection: Selection, display: DisplayOptions, settings: DashboardSettings,
                    cacheDirectory: String?, simulation: Bool,
                    auditPath: String, faults: [String] = [], faultInjector: (@Sendable (String) async -> String)? = nil,
                    clock: @escaping @Sendable () -> Date = { Date() }) async throws {
        let environment = ProcessInfo.processInfo.environment
        async let identityTask = wiring.identity()
        async let aliasTask = wiring.accountAlias()
        let identity = await identityTask
        let alias = await aliasTask
        let catalog = ThemeCatalog(searchPath: .current())
        let themeLoad = catalog.load(display.theme ?? "default")
        if let error = themeLoad.error { StandardError.write("flightdeck: \(error); using the default theme\n") }
        let header = HeaderInfo(account: identity?.account, accountAlias: alias, profile: wiring.profile, regions: wiring.regions,
                                stack: settings.stackName, readOnly: display.readOnly, simulation: simulation, color: settings.headerRole)
        let executor = display.readOnly ? nil : ScalingExecutor(
            clients: Dictionary(wiring.clients.regional.map { ($0.region, $0.client) }, uniquingKeysWith: { first, _ in first }),
            audit: AuditLog(path: auditPath), caller: identity?.arn, profile: wiring.profile, origin: "dashboard")
        let runtime = DashboardRuntime(
            collector: Collector(clients: wiring.clients, selection: selection,
                                 costCache: cacheDirectory.map { CostCacheSettings(directory: $0, account: identity?.account) }),
            executor: executor, header: header,
            intervals: settings.intervals, thresholds: settings.thresholds, confirmInterrupt: !display.noConfirmQuit,
            faults: faults, faultInjector: faultInjector, clock: clock)
        let terminal = TerminalUI(options: TerminalOptions(theme: themeLoad.theme, environment: environment, controlKeysAsInput: true))
        do {
            try terminal.start()
        } catch {
            throw CommandError("cannot start the terminal: \(error)")
        }
        let screen = TerminalScreen(terminal: terminal, catalog: catalog,
                                    glyphs: GlyphSet.select(environment: environment, forceASCII: display.ascii))
        await runtime.run(on: screen)
        terminal.stop()
        for notice in terminal.notices { StandardError.write("flightdeck: \(notice)\n") }
    }
}

/// A command's failure, printed as it is.
struct CommandError: Error, CustomStringConvertible {
    /// The message.
    let description: String

    /// Creates an error with `description`.
    init(_ description: String) { self.description = description }
}
