import DashboardModel
import Foundation

/// The header's words for when the credentials stop being renewable: `creds end 14:32 (SSO web)`.
enum CredentialBadge {
    /// The badge's forms, longest first, and the role it is drawn in (nil: the bar's own style);
    /// nil when the header names no end at `now` (none known, none needed, or beyond the horizon).
    static func make(_ status: CredentialStatus?, now: Date) -> (forms: [String], role: StyleRole?)? {
        guard let status, let end = status.renewableUntil, status.showsEnd(at: now) else { return nil }
        let time = EventsPanel.minuteClock(end)
        let label = label(status.renewal).map { " (\($0))" } ?? ""
        switch status.phase(at: now) {
        case .renewable:
            return (["creds end \(time)\(label)", "creds end \(time)", "creds \(time)"], nil)
        case .ending:
            return (["creds end \(time)\(label)", "creds end \(time)", "creds \(time)"], .warning)
        case .ended:
            return (["creds ENDED \(time)\(label)", "creds ENDED \(time)", "creds ENDED"], .critical)
        }
    }

    /// Who to renew with, in two words: `SSO web`, `env token`, `token prod`.
    static func label(_ renewal: CredentialStatus.Renewal) -> String? {
        switch renewal {
        case .automatic, .longTermKeys: nil
        case let .ssoLogin(profile): "SSO \(profile)"
        case .environmentToken: "env token"
        case let .fileToken(_, profile): "token \(profile)"
        }
    }
}
