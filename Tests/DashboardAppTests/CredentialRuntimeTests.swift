import AWSCore
import Collectors
import DashboardApp
import DashboardModel
import DashboardRender
import Foundation
import SimulatorServer
import TestSupport
import Testing

/// The demo's keys, reported as an SSO login of profile `web` whose renewal ends at `end`.
struct EndingLogin: CredentialProvider, CredentialReporting {
    let end: Date

    func credentials() async throws -> AWSCredentials {
        AWSCredentials(
            signing: DemoAccount.credentials, expiration: end.addingTimeInterval(3_600),
            source: "SSO (profile web, role ReadOnly in 123456789012)",
            renewal: CredentialRenewal(kind: .ssoLogin(profile: "web"), until: end))
    }

    func report() async -> CredentialReport? {
        CredentialReport(try? await credentials())
    }
}

extension CredentialReport {
    /// The report of `credentials`, when there are any.
    init?(_ credentials: AWSCredentials?) {
        guard let credentials else { return nil }
        self.init(credentials)
    }
}

/// The running dashboard asks the chain after its polls and shows when the login ends.
@Suite struct CredentialRuntimeTests {
    @Test func theHeaderNamesTheEndAndTheAlertSaysWhatToRun() async throws {
        let host = SimulationHost(seed: 3, speed: 1)
        let end = Date().addingTimeInterval(10 * 60)
        let client = AWSClient(
            endpoints: EndpointResolver(region: "us-east-1", endpointURL: "http://127.0.0.1:4566", environment: [:]),
            credentials: EndingLogin(end: end), transport: SimulatorTransport(host: host))
        let collector = Collector(
            clients: CollectorClients(regional: [(region: "us-east-1", client: client)], global: client),
            selection: Selection())
        let runtime = DashboardRuntime(
            collector: collector, executor: nil,
            header: HeaderInfo(account: "123456789012", regions: ["us-east-1"], readOnly: true),
            intervals: Dictionary(uniqueKeysWithValues: DataSource.allCases.map { ($0, $0.defaultInterval) }),
            thresholds: AlertThresholds())
        let time = String(Timestamps.formatISO8601(end).dropFirst(11).prefix(5))
        let screen = ScriptedScreen([
            .waitFor("the end in the header") { $0.contains("creds end \(time) (SSO web)") },
            .waitFor("the warning, saying what to run") {
                $0.contains("WARNING credentials: the SSO login of profile web can be renewed for ~")
                    && $0.contains("min more: run 'aws sso login --profile web'")
            },
            .key(.character("q"))
        ])
        await runtime.run(on: screen)
        #expect(screen.failures.isEmpty, "\(screen.failures)")
    }
}
