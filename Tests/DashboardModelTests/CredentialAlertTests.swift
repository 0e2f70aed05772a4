import DashboardModel
import DashboardRender
import Foundation
import Testing

/// Credentials that stop being renewable: a warning 15 minutes before, a critical alert after, each saying what to run.
@Suite struct CredentialAlertTests {
    static let end = Fixtures.at(3_600)

    static func sso(until: Date? = end, expiresAt: Date? = Fixtures.at(5_400)) -> CredentialStatus {
        CredentialStatus(
            source: "SSO (profile web, role ReadOnly in 111122223333)", expiresAt: expiresAt,
            renewal: .ssoLogin(profile: "web"), renewableUntil: until)
    }

    /// The credential alerts of a state holding `status`, at `seconds` after the fixtures' start.
    static func alerts(_ status: CredentialStatus, at seconds: Double, failing: SourceFailure? = nil) -> [Alert] {
        var state = DashboardState(start: Fixtures.start)
        _ = state.apply(.credentialsChecked(status, Fixtures.at(0)))
        if let failing { _ = state.apply(.polled(.autoScaling, .failed(failing), Fixtures.at(1))) }
        _ = state.apply(.tick(Fixtures.at(seconds)))
        return state.alerts.filter { $0.resource == "credentials" }
    }

    @Test func phases() {
        let status = Self.sso()
        #expect(status.phase(at: Fixtures.at(3_600 - 901)) == .renewable)
        #expect(status.phase(at: Fixtures.at(3_600 - 900)) == .ending(seconds: 900))
        #expect(status.phase(at: Fixtures.at(3_600)) == .ended(seconds: 0))
        #expect(status.phase(at: Fixtures.at(3_660)) == .ended(seconds: 60))
        #expect(Self.sso(until: nil).phase(at: Fixtures.at(99_999)) == .renewable, "no known end")
        let automatic = CredentialStatus(
            source: "instance metadata (role web)", expiresAt: Fixtures.at(600), renewal: .automatic,
            renewableUntil: Fixtures.at(600))
        #expect(automatic.phase(at: Fixtures.at(9_999)) == .renewable, "renewed by flightdeck: never ends")
    }

    @Test func theHeaderNamesAnEndWithinTwelveHoursOrPast() {
        let far = Self.sso(until: Fixtures.at(12 * 3_600 + 1))
        #expect(!far.showsEnd(at: Fixtures.at(0)))
        #expect(far.showsEnd(at: Fixtures.at(1)))
        #expect(Self.sso().showsEnd(at: Fixtures.at(99_999)))
        #expect(!Self.sso(until: nil).showsEnd(at: Fixtures.at(0)))
    }

    @Test func nothingWhileFarFromTheEnd() {
        #expect(Self.alerts(Self.sso(), at: 3_600 - 901).isEmpty)
    }

    @Test func aWarningFifteenMinutesBeforeSaysWhatToRun() {
        let alerts = Self.alerts(Self.sso(), at: 3_600 - 720)
        #expect(
            alerts == [Alert(resource: "credentials", .credentialsEnding(.ssoLogin(profile: "web"), renewableFor: 720))]
        )
        #expect(alerts.map(\.code) == ["credentials-ending"] && alerts.first?.severity == .warning)
    }

    @Test func criticalAfterTheEndWithTheCredentialsInHand() {
        let alerts = Self.alerts(Self.sso(), at: 3_600 + 180)
        #expect(
            alerts == [
                Alert(
                    resource: "credentials",
                    .credentialsEnded(.ssoLogin(profile: "web"), endedAgo: 180, inHandLeft: 1_800 - 180))
            ])
        #expect(alerts.map(\.code) == ["credentials-ended"] && alerts.first?.severity == .critical)
        let expired = Self.alerts(Self.sso(), at: 5_400 + 120)
        #expect(
            expired.first?.condition
                == .credentialsEnded(.ssoLogin(profile: "web"), endedAgo: 1_800 + 120, inHandLeft: -120))
    }

    @Test func aSessionTokenSaysWhereToRefreshIt() {
        let file = CredentialStatus(
            source: "shared credentials file (profile saml)", expiresAt: Self.end,
            renewal: .fileToken(path: "/home/ops/.aws/credentials", profile: "saml"), renewableUntil: Self.end)
        #expect(
            Self.alerts(file, at: 3_600 + 60).first?.condition
                == .credentialsEnded(
                    .fileToken(path: "/home/ops/.aws/credentials", profile: "saml"), endedAgo: 60, inHandLeft: -60))
        let environment = CredentialStatus(
            source: "environment", expiresAt: Self.end, renewal: .environmentToken, renewableUntil: Self.end)
        #expect(
            Self.alerts(environment, at: 3_000).first?.condition
                == .credentialsEnding(.environmentToken, renewableFor: 600))
    }

    /// With no known end, credentials AWS refuses get the same remedy; automatic ones never alert.
    @Test func refusedCredentialsWithoutAKnownEnd() {
        let refused = SourceFailure(
            kind: .credentials, message: "ExpiredToken: The security token included in the request is expired")
        let token = CredentialStatus(
            source: "environment", expiresAt: nil, renewal: .environmentToken, renewableUntil: nil)
        #expect(Self.alerts(token, at: 10).map(\.code).isEmpty)
        #expect(
            Self.alerts(token, at: 10, failing: refused)
                == [Alert(resource: "credentials", .credentialsRefused(.environmentToken))])
        #expect(Self.alerts(token, at: 10, failing: refused).map(\.code) == ["credentials-refused"])
        let automatic = CredentialStatus(
            source: "instance metadata (role web)", expiresAt: nil, renewal: .automatic, renewableUntil: nil)
        #expect(Self.alerts(automatic, at: 10, failing: refused).isEmpty)
    }

    /// A new login moves the end: the critical alert clears at the next report.
    @Test func aNewLoginClearsTheAlert() {
        var state = DashboardState(start: Fixtures.start)
        _ = state.apply(.credentialsChecked(Self.sso(), Fixtures.at(0)))
        _ = state.apply(.tick(Fixtures.at(3_700)))
        #expect(state.alerts.map(\.code) == ["credentials-ended"])
        _ = state.apply(.credentialsChecked(Self.sso(until: Fixtures.at(3_700 + 8 * 3_600)), Fixtures.at(3_701)))
        #expect(state.alerts.isEmpty)
    }

    /// The snapshot names source and renewal, nulls where unknown; no field for a secret exists.
    @Test func snapshotEntry() throws {
        var state = DashboardState(start: Fixtures.start)
        _ = state.apply(
            .credentialsChecked(
                CredentialStatus(
                    source: "shared credentials file (profile saml)", expiresAt: Self.end,
                    renewal: .fileToken(path: "/home/ops/.aws/credentials", profile: "saml"),
                    renewableUntil: Self.end), Fixtures.at(0)))
        let json = try SnapshotDocument(state: state, account: nil, regions: ["us-east-1"], now: Fixtures.at(1)).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let credentials = try #require(object["credentials"] as? [String: Any])
        #expect(credentials["source"] as? String == "shared credentials file (profile saml)")
        #expect(credentials["renewal"] as? String == "fileToken")
        #expect(credentials["renewableUntil"] as? String == "2027-01-15T09:00:00Z")
        #expect(credentials["expiresAt"] as? String == "2027-01-15T09:00:00Z")
        #expect(credentials["profile"] as? String == "saml")
        #expect(credentials["file"] as? String == "/home/ops/.aws/credentials")
        #expect(Set(credentials.keys) == ["source", "expiresAt", "renewal", "renewableUntil", "profile", "file"])

        var automatic = DashboardState(start: Fixtures.start)
        _ = automatic.apply(
            .credentialsChecked(
                CredentialStatus(
                    source: "instance metadata (role web)", expiresAt: nil, renewal: .automatic,
                    renewableUntil: nil), Fixtures.at(0)))
        let text = try SnapshotDocument(state: automatic, account: nil, regions: [], now: Fixtures.at(1)).json()
        let entry = try #require(
            (try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])?["credentials"]
                as? [String: Any])
        #expect(entry["renewal"] as? String == "automatic")
        #expect(
            entry["renewableUntil"] is NSNull && entry["expiresAt"] is NSNull && entry["profile"] is NSNull
                && entry["file"] is NSNull)
        let none = try SnapshotDocument(
            state: DashboardState(start: Fixtures.start), account: nil, regions: [], now: Fixtures.at(1)
        ).json()
        #expect(
            (try JSONSerialization.jsonObject(with: Data(none.utf8)) as? [String: Any])?["credentials"] is NSNull,
            "fixed credentials (the demo) report nothing")
    }
}
