import ArgumentParser
import Collectors
import FlightdeckPlatform
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
        let options = try StackedOptions(config, aws: aws, selection: selection)
        let stack = options.stack, selection = options.selection
        var display = display
        display.apply(stack)
        let wiring = try await Wiring.make(options.aws)
        defer { wiring.transport.shutdown() }
        try await DashboardLauncher.run(
            wiring: wiring, selection: selection.selection, display: display,
            settings: DashboardSettings(stack: stack, refresh: display.refresh),
            cacheDirectory: CostCacheSettings.defaultDirectory(environment: Platform.environment),
            simulation: false,
            auditPath: AuditLog.defaultPath(environment: Platform.environment))
    }
}
