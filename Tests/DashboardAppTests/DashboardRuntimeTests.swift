import AWSCore
import Collectors
import DashboardApp
import DashboardModel
import DashboardRender
import Foundation
import SimulatorServer
import TestSupport
import Testing

/// The dashboard loop driven by a scripted screen against the in-process simulator.
@Suite struct DashboardRuntimeTests {
    struct Rig {
        let host: SimulationHost
        let client: AWSClient
        let audit: AuditLog

        init() {
            host = SimulationHost(seed: 3, speed: 1)
            client = AWSClient.simulated(transport: SimulatorTransport(host: host))
            audit = AuditLog(
                path: FileManager.default.temporaryDirectory.appendingPathComponent(
                    "fd-\(UUID().uuidString)/audit.jsonl"
                ).path)
        }

        func runtime(readOnly: Bool, intervals: [DataSource: Double] = [:]) -> DashboardRuntime {
            let collector = Collector(
                clients: CollectorClients(regional: [(region: "us-east-1", client: client)], global: client),
                selection: Selection())
            let executor = ScalingExecutor(
                clients: ["us-east-1": client], audit: audit, caller: "arn:test", profile: nil, origin: .dashboard)
            return DashboardRuntime(
                collector: collector, executor: readOnly ? nil : executor,
                header: HeaderInfo(
                    account: "123456789012", regions: ["us-east-1"], readOnly: readOnly, simulation: true),
                intervals: Dictionary(
                    uniqueKeysWithValues: DataSource.allCases.map { ($0, intervals[$0] ?? $0.defaultInterval) }),
                thresholds: AlertThresholds())
        }
    }

    @Test func everyPanelFillsAndAScalingChangeGoesThroughConfirmation() async throws {
        let rig = Rig()
        let screen = ScriptedScreen([
            .waitFor("all panels") { text in
                ["web-asg", "shop-web-tg", "shop-db", "hit", "burn", "Events"].allSatisfy(text.contains)
            },
            .key(.character("+")),
            .waitFor("the confirmation") { $0.contains("Scale web-asg?") && $0.contains("desired 2 → 3") },
            .key(.character("y")),
            .waitFor("the result") { $0.contains("Scale web-asg: applied") },
            .key(.escape),
            .key(.character("q"))
        ])
        await rig.runtime(readOnly: false).run(on: screen)
        #expect(screen.failures.isEmpty, "\(screen.failures)")
        #expect(await rig.host.currentModel().group.desiredCapacity == 3)
        #expect(try rig.audit.records().map(\.result) == [.applied])
    }

    @Test func aPrewarmIsScheduledListedInTheZoomAndDeletedWithX() async throws {
        let rig = Rig()
        let formatter = ISO8601DateFormatter()
        let at = formatter.string(from: Date().addingTimeInterval(7_200))
        let until = formatter.string(from: Date().addingTimeInterval(10_800))
        let screen = ScriptedScreen(
            [
                .waitFor("the group") { $0.contains("web-asg") },
                .key(.character(":"))
            ] + "prewarm web-asg min 6 at \(at) until \(until)".map { .key(.character($0)) } + [
                .key(.enter),
                .waitFor("the confirmation") {
                    $0.contains("Schedule a pre-warm of web-asg?") && $0.contains("min 2 → 6")
                },
                .key(.character("y")),
                .waitFor("the result") { $0.contains("web-asg: scheduled") },
                .key(.escape), .key(.enter),
                .waitFor("the zoom's list") { $0.contains("2 scheduled actions (x deletes)") },
                .key(.character("x")),
                .waitFor("the menu") { $0.contains("Delete which scheduled action of web-asg?") },
                .key(.character("2")),
                .waitFor("the dialog") { $0.contains("Delete scheduled action of web-asg?") },
                .key(.character("y")),
                .waitFor("the deletion") { $0.contains("web-asg: deleted") },
                .key(.escape),
                .waitFor("one left") { $0.contains("1 scheduled action (x deletes)") },
                .key(.character("q"))
            ])
        await rig.runtime(readOnly: false).run(on: screen)
        #expect(screen.failures.isEmpty, "\(screen.failures)")
        #expect(
            await rig.host.currentModel().scheduledActions(of: "web-asg").map(\.minSize) == [6],
            "the end was deleted, the start stays")
        #expect(try rig.audit.records().map(\.result) == [.scheduled, .scheduled, .deleted])
    }

    @Test func readOnlyRefusesScalingAndSaysSo() async throws {
        let rig = Rig()
        let screen = ScriptedScreen(
            [
                .waitFor("the group") { $0.contains("web-asg") && $0.contains("READ-ONLY") },
                .key(.character("+")), .key(.character("y")), .key(.character(":"))
            ] + "scale web-asg desired=9".map { .key(.character($0)) } + [
                .key(.enter),
                .waitFor("the refusal") { $0.contains("Flightdeck runs read-only") },
                .key(.enter), .key(.character("q"))
            ])
        await rig.runtime(readOnly: true).run(on: screen)
        #expect(screen.failures.isEmpty, "\(screen.failures)")
        #expect(!screen.lastText.contains("+/-"), "no scaling hint in read-only mode")
        #expect(await rig.host.currentModel().group.desiredCapacity == 2)
        #expect(try rig.audit.records().isEmpty)
    }

    @Test func aNewCriticalAlertIsNotifiedOnceAndNotOnTheRefreshesWhileItHolds() async throws {
        let rig = Rig()
        try await rig.host.apply(.databaseFailover)
        let screen = ScriptedScreen([
            .waitFor("the failover alert") { $0.contains("failover in progress") },
            .pause(4),
            .waitFor("the failover still running") { $0.contains("failover in progress") },
            .key(.character("q"))
        ])
        // The database is polled every second, so the pause sees four more polls of the same failover.
        await rig.runtime(readOnly: true, intervals: [.databases: 1, .targetHealth: 1]).run(on: screen)
        #expect(screen.failures.isEmpty, "\(screen.failures)")
        #expect(screen.notifications.map(\.code) == ["failover-in-progress"], "\(screen.notifications)")
        #expect(screen.notifications.first?.resource == "shop-db")
    }

    @Test func aResizeRelaysTheScreen() async throws {
        let rig = Rig()
        let screen = ScriptedScreen(
            width: 160, height: 48,
            [
                .waitFor("the wide layout") {
                    $0.contains("web-asg") && ($0.split(separator: "\n").first?.count ?? 0) > 120
                },
                .resize(80, 24),
                .waitFor("the compact layout") { text in
                    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                    return lines.count == 24 && lines.allSatisfy { $0.count <= 80 } && text.contains("web-asg")
                },
                .key(.character("q"))
            ])
        await rig.runtime(readOnly: false).run(on: screen)
        #expect(screen.failures.isEmpty, "\(screen.failures)")
    }
}

/// `:region` switches what the dashboard watches without a restart.
@Suite struct RegionSwitchTests {
    /// Records the regions the runtime asked for, and builds their watch against the simulator.
    final class Switches: @unchecked Sendable {
        private let lock = NSLock()
        private var asked: [[String]] = []
        var requests: [[String]] { lock.withLock { asked } }
        func record(_ regions: [String]) { lock.withLock { asked.append(regions) } }
    }

    @Test func aRegionCommandSwitchesLiveAndAWrongNameChangesNothing() async throws {
        let rig = DashboardRuntimeTests.Rig()
        let switches = Switches()
        let host = rig.host
        let switcher: RegionSwitcher = { regions in
            guard regions.allSatisfy(EndpointResolver.isRegionName) else {
                throw SwitchError(text: "'\(regions[0])' is not an AWS region name")
            }
            switches.record(regions)
            let transport = SimulatorTransport(host: host)
            let clients = CollectorClients(
                regional: regions.map { (region: $0, client: AWSClient.simulated(region: $0, transport: transport)) },
                global: AWSClient.simulated(transport: transport))
            return RegionWatch(collector: Collector(clients: clients, selection: Selection()), executor: nil)
        }
        let runtime = DashboardRuntime(
            collector: Collector(
                clients: CollectorClients(regional: [(region: "us-east-1", client: rig.client)], global: rig.client),
                selection: Selection()),
            executor: nil,
            header: HeaderInfo(account: "123456789012", regions: ["us-east-1"], readOnly: true, simulation: true),
            intervals: Dictionary(uniqueKeysWithValues: DataSource.allCases.map { ($0, $0.defaultInterval) }),
            thresholds: AlertThresholds(), regionSwitcher: switcher)
        func command(_ text: String) -> [ScriptedScreen.Step] {
            [.key(.character(":"))] + text.map { .key(.character($0)) } + [.key(.enter)]
        }
        let screen = ScriptedScreen(
            [.waitFor("the group in us-east-1") { $0.contains("web-asg") && $0.contains("us-east-1") }]
                + command("region Mars!")
                + [
                    .waitFor("the refusal") {
                        $0.contains("'Mars!' is not an AWS region name") && $0.contains("Still watching us-east-1")
                    },
                    .key(.enter)
                ]
                + command("region eu-west-1")
                + [
                    .waitFor("the new region in the header and the timeline") { text in
                        text.contains("eu-west-1") && text.contains("watching eu-west-1 (was us-east-1)")
                    },
                    // The shop runs in us-east-1 only: eu-west-1 has no group, while CloudFront is global.
                    .waitFor("the new region polled: empty, with CloudFront still there") { text in
                        text.contains("no Auto Scaling group in this region")
                            && text.contains("no database in this region")
                            && text.contains("shop.example.c") && !text.contains("web-asg")
                    },
                    .key(.character("q"))
                ])
        await runtime.run(on: screen)
        #expect(screen.failures.isEmpty, "\(screen.failures)")
        #expect(switches.requests == [["eu-west-1"]])
        #expect(runtime.header.regions == ["eu-west-1"])
    }
}

/// A refusal the switcher throws, shown as it is.
private struct SwitchError: Error, CustomStringConvertible {
    let text: String
    var description: String { text }
}
