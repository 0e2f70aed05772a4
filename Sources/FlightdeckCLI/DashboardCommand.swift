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

    func run() async throws {
        let wiring = try await Wiring.make(aws)
        defer { wiring.transport.shutdown() }
        try await DashboardLauncher.run(wiring: wiring, selection: selection.selection, display: display, simulation: false,
                                        auditPath: AuditLog.defaultPath(environment: ProcessInfo.processInfo.environment))
    }
}
