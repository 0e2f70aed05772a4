import AWSCore
import ArgumentParser
import Collectors
import DashboardApp
import DashboardModel
import DashboardRender
import FlightdeckPlatform
import Foundation

/// `flightdeck snapshot`: one poll of everything selected, printed, then exit.
struct SnapshotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Poll everything once, print it, and exit.",
        discussion: """
            Exit status: 0 when every source loaded; 2 when a source failed (the rest is still printed);
            with --fail-on-alert, 3 when an alert fires. The JSON fields are documented in the README.
            """
    )

    /// The output format.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var aws: AWSOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var config: ConfigOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Flag(help: "Exit with status 3 when an alert fires.")
    var failOnAlert = false

    @Flag(help: "Print to stderr the chain of calls that set the snapshot's time.")
    var timings = false

    func run() async throws {
        let recorder = timings ? CallRecorder() : nil
        let options = try StackedOptions(config, aws: aws, selection: selection)
        let stack = options.stack, selection = options.selection
        let wiring = try await Wiring.make(options.aws, recorder: recorder)
        defer { wiring.transport.shutdown() }
        // The account names the Cost Explorer cache: asked beside the first polls, awaited only there.
        let identityTask = Task { await wiring.identity() }
        let cache = CostCacheSettings(
            directory: CostCacheSettings.defaultDirectory(environment: Platform.environment),
            account: nil)
        let collector = Collector(
            clients: wiring.clients, selection: selection.selection, costCache: cache,
            account: { await identityTask.value?.account })
        let state = await Snapshotter.take(collector: collector, thresholds: stack?.alerts ?? AlertThresholds())
        let identity = await identityTask.value
        let document = SnapshotDocument(state: state, account: identity?.account, regions: wiring.regions, now: Date())
        switch format {
        case .json: print(try document.json())
        case .text: print(SnapshotText.render(document), terminator: "")
        }
        for warning in await collector.warnings() {
            Platform.writeToStandardError("flightdeck: \(CollectorWarningText.line(warning))\n")
        }
        if let recorder {
            Platform.writeToStandardError(TimingsReport.text(recorder.records, total: .now - recorder.origin))
        }
        let status = Snapshotter.exitStatus(state, failOnAlert: failOnAlert)
        if status != 0 { throw ExitCode(status) }
    }
}

extension SelectionOptions {
    /// The collector's selection.
    var selection: Selection {
        Selection(
            groups: groups, loadBalancers: loadBalancers, distributions: distributions, databases: databases,
            tags: tagPairs, discoveryCap: maxResources ?? 200)
    }
}
