import AWSCore
import Collectors
import DashboardModel
import DashboardRender
import Foundation
import SimulatorServer
import TestSupport
import Testing

/// A clock tests move by hand.
final class HandClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_800_000_000)
    var now: Date { lock.withLock { current } }
    func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }
}

/// Sends the SSO portal's requests to a stand-in that answers the demo account's keys for the
/// accepted bearer tokens, and every other request to the in-process simulator.
struct PortalBesideSimulator: HTTPTransport {
    let simulator: SimulatorTransport
    let clock: HandClock
    let accepted: Set<String>
    /// How long the role credentials the portal hands out live.
    let lifetime: TimeInterval

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.url.host == "sso.test" else { return try await simulator.send(request) }
        guard let token = request.headers.first(where: { $0.name.lowercased() == "x-amz-sso_bearer_token" })?.value,
            accepted.contains(token)
        else {
            return HTTPResponse(status: 401, headers: [], body: Array(#"{"message":"Unauthorized"}"#.utf8))
        }
        let expiration = Int64((clock.now.timeIntervalSince1970 + lifetime) * 1000)
        let body =
            #"{"roleCredentials":{"accessKeyId":"\#(DemoAccount.accessKeyID)","secretAccessKey":"\#(DemoAccount.secretAccessKey)","sessionToken":"role-token","expiration":\#(expiration)}}"#
        return HTTPResponse(status: 200, headers: [], body: Array(body.utf8))
    }
}

/// The dashboard's view of an SSO login running out during a launch, and of the new login that follows.
@Suite struct CredentialRenewalCollectorTests {
    static let config = """
        [profile web]
        sso_start_url = https://shop.awsapps.com/start
        sso_region = us-east-1
        sso_account_id = 111122223333
        sso_role_name = ReadOnly
        """

    /// Writes the login `aws sso login` would leave, its token ending `minutes` from `clock`'s now.
    static func login(home: String, token: String, minutes: Double, clock: HandClock) throws {
        // sha1("https://shop.awsapps.com/start"), hex: the name the CLI gives the cache (AWSCore's tests check the rule).
        let name = "20d891dca86750d4e829b4c761c9817f4b93df76.json"
        let expiresAt = Timestamps.formatISO8601(clock.now.addingTimeInterval(minutes * 60))
        try FileManager.default.createDirectory(atPath: home + "/.aws/sso/cache", withIntermediateDirectories: true)
        try Data(#"{"accessToken": "\#(token)", "expiresAt": "\#(expiresAt)"}"#.utf8).write(
            to: URL(fileURLWithPath: home + "/.aws/sso/cache/" + name))
    }

    @Test func aLoginEndsWarnsFailsAndANewLoginIsPickedUpByTheNextPoll() async throws {
        let home = NSTemporaryDirectory() + "flightdeck-renewal-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createDirectory(atPath: home + "/.aws", withIntermediateDirectories: true)
        try Data(Self.config.utf8).write(to: URL(fileURLWithPath: home + "/.aws/config"))
        let clock = HandClock()
        try Self.login(home: home, token: "bearer-1", minutes: 20, clock: clock)

        let host = SimulationHost(seed: 7, speed: 1, wallNow: { Date(timeIntervalSince1970: 1_800_000_000) })
        let transport = PortalBesideSimulator(
            simulator: SimulatorTransport(host: host), clock: clock,
            accepted: ["bearer-1", "bearer-2"], lifetime: 30 * 60)
        let environment = AWSEnvironment(
            variables: ["AWS_ENDPOINT_URL_SSO": "http://sso.test", "AWS_EC2_METADATA_DISABLED": "true"],
            homeDirectory: home, transport: transport, now: { clock.now })
        let credentials = DefaultCredentialChain.make(environment: environment, profileOption: "web")
        let client = AWSClient(
            endpoints: EndpointResolver(region: "us-east-1", endpointURL: "http://127.0.0.1:4566", environment: [:]),
            credentials: credentials, transport: transport, sleep: { _ in })
        let collector = Collector(
            clients: CollectorClients(regional: [(region: "us-east-1", client: client)], global: client),
            selection: Selection())
        var state = DashboardState(start: clock.now)

        /// One Auto Scaling poll and the chain's report after it, as the runtime posts them.
        func poll() async throws -> PollResult {
            let result = await collector.poll(.autoScaling)
            await credentials.settle()
            _ = state.apply(.polled(.autoScaling, result, clock.now))
            if let status = await collector.credentialStatus() {
                _ = state.apply(.credentialsChecked(status, clock.now))
            }
            _ = state.apply(.tick(clock.now))
            return result
        }
        func credentialAlerts() -> [String] { state.alerts.filter { $0.resource == "credentials" }.map(\.code) }
        let loginEnd = clock.now.addingTimeInterval(20 * 60)

        #expect(try await poll().succeeded)
        #expect(
            state.credentials
                == CredentialStatus(
                    source: "SSO (profile web, role ReadOnly in 111122223333)",
                    expiresAt: clock.now.addingTimeInterval(30 * 60),
                    renewal: .ssoLogin(profile: "web"), renewableUntil: loginEnd))
        #expect(credentialAlerts().isEmpty)

        clock.advance(10 * 60)
        #expect(try await poll().succeeded)
        #expect(credentialAlerts() == ["credentials-ending"])

        // The login has ended; the role credentials fetched at the last look still sign, for ~19 minutes.
        clock.advance(11 * 60)
        #expect(try await poll().succeeded)
        #expect(credentialAlerts() == ["credentials-ended"])
        let ended = state.alerts.first { $0.code == "credentials-ended" }.map(AlertText.words) ?? ""
        #expect(
            ended
                == "the SSO login of profile web ended ~1 min ago: run 'aws sso login --profile web'; the credentials in hand expire in ~19 min",
            "\(ended)")

        // Then they expire too: the poll fails, saying what to run.
        clock.advance(20 * 60)
        #expect(try await !poll().succeeded)
        #expect(state.groups.failure?.kind == .credentials)
        #expect(state.groups.failure?.message.contains("run 'aws sso login --profile web'") == true)
        #expect(credentialAlerts() == ["credentials-ended"])

        // `aws sso login` writes a new token: the next poll succeeds and the alert clears, no restart.
        try Self.login(home: home, token: "bearer-2", minutes: 8 * 60, clock: clock)
        let newEnd = clock.now.addingTimeInterval(8 * 3600)
        clock.advance(5)
        #expect(try await poll().succeeded)
        #expect(state.credentials?.renewableUntil == newEnd)
        #expect(credentialAlerts().isEmpty)
        let json = try SnapshotDocument(state: state, account: nil, regions: ["us-east-1"], now: clock.now).json()
        for secret in ["bearer-1", "bearer-2", "role-token", DemoAccount.secretAccessKey] {
            #expect(!json.contains(secret))
            #expect(!state.alerts.map(AlertText.line).joined().contains(secret))
        }
    }

    /// Fixed credentials (the demo's) report nothing.
    @Test func fixedCredentialsReportNothing() async {
        let account = SimulatedAccount()
        #expect(await account.collector.credentialStatus() == nil)
    }
}

extension PollResult {
    /// Whether the poll brought data (possibly without some facts).
    var succeeded: Bool {
        if case .failed = parts.result { return false }
        return true
    }
}
