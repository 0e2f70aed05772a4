import ArgumentParser
import Collectors
import Foundation

/// `flightdeck dashboard` (the default): the live dashboard.
struct DashboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "The live dashboard (the default command)."
    )

    @OptionGroup var aws: AWSOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var display: DisplayOptions
    @OptionGroup var config: ConfigOptions

    func run() async throws {
        let stack = try config.loadStack()
        var aws = aws, selection = selection, display = display
        aws.apply(stack)
        selection.apply(stack)
        display.apply(stack)
        let wiring = try await Wiring.make(aws)
        defer { wiring.transport.shutdown() }
        try await DashboardLauncher.run(wiring: wiring, selection: selection.selection, display: display,
                                        settings: DashboardSettings(stack: stack, refresh: display.refresh),
                                        cacheDirectory: CostCacheSettings.defaultDirectory(environment: ProcessInfo.processInfo.environment),
                                        simulation: false,
                                        auditPath: AuditLog.defaultPath(environment: ProcessInfo.processInfo.environment))
    }
}
