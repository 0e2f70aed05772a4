import AWSCore
import Collectors
import DashboardApp
import DashboardModel
import DashboardRender
import Foundation
import SimulatorServer
import Testing
import TestSupport

/// The dashboard loop driven by a scripted screen against the in-process simulator.
@Suite struct DashboardRuntimeTests {
    struct Rig {
        let host: SimulationHost
        let client: AWSClient
        let audit: AuditLog

        init() {
            host = SimulationHost(seed: 3, speed: 1)
            client = AWSClient(endpoints: EndpointResolver(region: "us-east-1", endpointURL: "http://127.0.0.1:4566", environment: [:]),
                               credentials: FixedCredentialProvider(accessKeyID: DemoAccount.accessKeyID, secretAccessKey: DemoAccount.secretAccessKey),
                               transport: SimulatorTransport(host: host))
            audit = AuditLog(path: FileManager.default.temporaryDirectory.appendingPathComponent("fd-\(UUID().uuidString)/audit.jsonl").path)
        }

        func runtime(readOnly: Bool) -> DashboardRuntime {
            let collector = Collector(clients: CollectorClients(regional: [(region: "us-east-1", client: client)], global: client),
                                      selection: Selection())
            let executor = ScalingExecutor(clients: ["us-east-1": client], audit: audit, caller: "arn:test", profile: nil, origin: "dashboard")
            return DashboardRuntime(collector: collector, executor: readOnly ? nil : executor,
                                    header: HeaderInfo(account: "123456789012", regions: ["us-east-1"], readOnly: readOnly, simulation: true),
                                    intervals: Dictionary(uniqueKeysWithValues: DataSource.allCases.map { ($0, $0.defaultInterval) }),
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
            .key(.character("q")),
        ])
        await rig.runtime(readOnly: false).run(on: screen)
        #expect(screen.failures.isEmpty, "\(screen.failures)")
        #expect(await rig.host.currentModel().group.desiredCapacity == 3)
        #expect(try rig.audit.records().map(\.result) == ["applied"])
    }

    @Test func readOnlyRefusesScalingAndSaysSo() async throws {
        let rig = Rig()
        let screen = ScriptedScreen([
            .waitFor("the group") { $0.contains("web-asg") && $0.contains("READ-ONLY") },
            .key(.character("+")), .key(.character("y")), .key(.character(":")),
        ] + "scale web-asg desired=9".map { .key(.character($0)) } + [
            .key(.enter),
            .waitFor("the refusal") { $0.contains("Flightdeck runs read-only") },
            .key(.enter), .key(.character("q")),
        ])
        await rig.runtime(readOnly: true).run(on: screen)
        #expect(screen.failures.isEmpty, "\(screen.failures)")
        #expect(!screen.lastText.contains("+/-"), "no scaling hint in read-only mode")
        #expect(await rig.host.currentModel().group.desiredCapacity == 2)
        #expect(try rig.audit.records().isEmpty)
    }

    @Test func aResizeRelaysTheScreen() async throws {
        let rig = Rig()
        let screen = ScriptedScreen(width: 160, height: 48, [
            .waitFor("the wide layout") { $0.contains("web-asg") && ($0.split(separator: "\n").first?.count ?? 0) > 120 },
            .resize(80, 24),
            .waitFor("the compact layout") { text in
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                return lines.count == 24 && lines.allSatisfy { $0.count <= 80 } && text.contains("web-asg")
            },
            .key(.character("q")),
        ])
        await rig.runtime(readOnly: false).run(on: screen)
        #expect(screen.failures.isEmpty, "\(screen.failures)")
    }
}
