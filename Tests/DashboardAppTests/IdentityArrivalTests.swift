import AWSCore
import Collectors
import DashboardApp
import DashboardModel
import DashboardRender
import Foundation
import SimulatorServer
import TestSupport
import Testing

/// The dashboard starts polling before STS and IAM have said who the caller is: the header takes the
/// account when it arrives, and a scaling record names the caller asked for then.
@Suite struct IdentityArrivalTests {
    @Test func theAccountReachesTheHeaderAndTheCallerTheRecordWhenKnown() async throws {
        let host = SimulationHost(seed: 3, speed: 1)
        let client = AWSClient.simulated(transport: SimulatorTransport(host: host))
        let audit = AuditLog(
            path: FileManager.default.temporaryDirectory.appendingPathComponent("fd-\(UUID().uuidString)/audit.jsonl")
                .path)
        let collector = Collector(
            clients: CollectorClients(regional: [(region: "us-east-1", client: client)], global: client),
            selection: Selection())
        let executor = ScalingExecutor(
            clients: ["us-east-1": client], audit: audit, caller: nil, profile: nil, origin: .dashboard,
            callerLookup: { "arn:aws:iam::123456789012:user/late" })
        let runtime = DashboardRuntime(
            collector: collector, executor: executor,
            header: HeaderInfo(account: nil, regions: ["us-east-1"], readOnly: false, simulation: true),
            intervals: Dictionary(uniqueKeysWithValues: DataSource.allCases.map { ($0, $0.defaultInterval) }),
            thresholds: AlertThresholds())
        let screen = ScriptedScreen([
            .waitFor("the account and its alias in the header") {
                $0.contains("123456789012") && $0.contains("shop-prod")
            },
            .waitFor("the group") { $0.contains("web-asg") },
            .key(.character("+")),
            .waitFor("the confirmation") { $0.contains("Scale web-asg?") },
            .key(.character("y")),
            .waitFor("the result") { $0.contains("Scale web-asg: applied") },
            .key(.escape),
            .key(.character("q"))
        ])
        runtime.identified(account: "123456789012", alias: "shop-prod")
        await runtime.run(on: screen)
        #expect(screen.failures.isEmpty, "\(screen.failures)")
        #expect(try audit.records().map(\.caller) == ["arn:aws:iam::123456789012:user/late"])
    }
}
