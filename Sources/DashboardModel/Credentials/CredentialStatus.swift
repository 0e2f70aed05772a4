import Foundation

/// The credentials the dashboard signs with, as far as renewing them goes: where they come from,
/// when those in hand expire and until when the chain can renew them. Never a secret.
public struct CredentialStatus: Sendable, Equatable {
    /// Who renews the credentials, and so what a person must do when renewal ends.
    public enum Renewal: Sendable, Equatable {
        /// Flightdeck renews them itself with no end: instance role, container, web identity,
        /// `credential_process`, and roles assumed from those or from long-term keys.
        case automatic
        /// Access keys without a session token: nothing expires.
        case longTermKeys
        /// An IAM Identity Center login; `profile` holds the SSO settings (`aws sso login --profile`).
        case ssoLogin(profile: String)
        /// A session token from `AWS_SESSION_TOKEN`: a running process cannot see a new one.
        case environmentToken
        /// A session token of `profile` in the shared file at `path`, re-read on every renewal.
        case fileToken(path: String, profile: String)
    }

    /// Where renewal stands at a moment.
    public enum Phase: Sendable, Equatable {
        /// Renewable, with an end more than `warningLead` away (or none known).
        case renewable
        /// Renewal ends within `warningLead`, in `seconds`.
        case ending(seconds: TimeInterval)
        /// Renewal ended `seconds` ago.
        case ended(seconds: TimeInterval)
    }

    /// How long before the end of renewal the warning starts.
    public static let warningLead: TimeInterval = 15 * 60
    /// The header names the end once it is this close: a launch day.
    public static let headerHorizon: TimeInterval = 12 * 3_600

    /// Which source supplied them, e.g. `SSO (profile web, role ReadOnly in 111122223333)`.
    public var source: String
    /// When the credentials in hand expire; nil for long-term keys or an unknown expiry.
    public var expiresAt: Date?
    /// Who renews them.
    public var renewal: Renewal
    /// When renewal stops; nil when it never does or the end is not known.
    public var renewableUntil: Date?

    /// Creates a status.
    public init(source: String, expiresAt: Date?, renewal: Renewal, renewableUntil: Date?) {
        self.source = source
        self.expiresAt = expiresAt
        self.renewal = renewal
        self.renewableUntil = renewableUntil
    }

    /// Whether a person must act to go on once renewal ends (a login, a new token).
    public var needsPerson: Bool {
        switch renewal {
        case .automatic, .longTermKeys: false
        case .ssoLogin, .environmentToken, .fileToken: true
        }
    }

    /// Where renewal stands at `now`.
    public func phase(at now: Date) -> Phase {
        guard needsPerson, let end = renewableUntil else { return .renewable }
        let left = end.timeIntervalSince(now)
        if left <= 0 { return .ended(seconds: -left) }
        return left <= Self.warningLead ? .ending(seconds: left) : .renewable
    }

    /// Whether the header names the end at `now`: known, needing a person, and within `headerHorizon` (or past).
    public func showsEnd(at now: Date) -> Bool {
        guard needsPerson, let end = renewableUntil else { return false }
        return end.timeIntervalSince(now) <= Self.headerHorizon
    }
}
