import DashboardModel
import Foundation

/// The words `doctor` says about how long the credentials can be renewed, from their typed status.
public enum CredentialStatusText {
    /// One line: who renews the credentials, until when, and what to do after; never a secret.
    public static func renewal(_ status: CredentialStatus, now: Date) -> String {
        let what = status.renewal.sourceWords
        let remedy = status.renewal.remedy
        switch status.renewal {
        case .automatic:
            return "renewed by flightdeck from their source as needed, no end"
        case .longTermKeys:
            return "long-term access keys: nothing expires"
        case .ssoLogin, .environmentToken, .fileToken:
            break
        }
        guard let end = status.renewableUntil else {
            if case .ssoLogin = status.renewal {
                return
                    "\(what): its token is refreshed through SSO-OIDC until IAM Identity Center ends the session (its end is not in the cache); then \(remedy)"
            }
            return "\(what): its expiry is not known; when AWS refuses it, \(remedy)"
        }
        let stamp = end.formatted(.iso8601)
        let left = end.timeIntervalSince(now)
        if left <= 0 {
            return "\(what) ended at \(stamp) (\(DurationText.short(-left)) ago): \(remedy)"
        }
        return "\(what): renewable until \(stamp) (in \(DurationText.short(left))), then \(remedy)"
    }

    /// Whether `doctor` marks the renewal as a problem at `now`: it ends within the warning lead or has ended.
    public static func isWarning(_ status: CredentialStatus, now: Date) -> Bool {
        status.phase(at: now) != .renewable
    }
}
