import AWSCore
import DashboardModel

extension Collector {
    /// What the clients' credential chain last resolved and how long it can renew it; nil when
    /// their provider cannot say (fixed credentials, as in the demo) or has resolved nothing yet.
    public func credentialStatus() async -> CredentialStatus? {
        guard let reporting = clients.global.credentials as? any CredentialReporting,
            let report = await reporting.report()
        else { return nil }
        return CredentialStatus(report)
    }
}

extension CredentialStatus {
    /// The dashboard's view of the chain's report.
    public init(_ report: CredentialReport) {
        let renewal: Renewal
        switch report.renewal.kind {
        case .automatic: renewal = .automatic
        case .longTermKeys: renewal = .longTermKeys
        case let .ssoLogin(profile): renewal = .ssoLogin(profile: profile)
        case .sessionToken(.environment): renewal = .environmentToken
        case let .sessionToken(.file(path, profile)): renewal = .fileToken(path: path, profile: profile)
        }
        self.init(
            source: report.source, expiresAt: report.expiration, renewal: renewal, renewableUntil: report.renewal.until)
    }
}
