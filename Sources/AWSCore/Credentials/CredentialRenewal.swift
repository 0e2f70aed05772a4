import Foundation

/// How long the chain can renew the credentials it gave by itself, and who must act after that.
///
/// Temporary credentials are renewed before they expire (`CredentialCache`); what ends is the
/// source the renewal draws on: an IAM Identity Center login, a session token handed to Flightdeck.
/// A role assumed from such a source is renewable for as long as its source is.
public struct CredentialRenewal: Sendable, Equatable {
    /// Who renews the credentials, and so what a person must do when renewal ends.
    public enum Kind: Sendable, Equatable {
        /// Flightdeck renews them itself for as long as their source exists: instance metadata, the
        /// container endpoint, web identity, `credential_process`, and roles assumed from these or
        /// from long-term keys.
        case automatic
        /// Access keys without a session token: nothing expires, nothing to renew.
        case longTermKeys
        /// An IAM Identity Center login (`aws sso login --profile PROFILE`); `profile` holds the SSO settings.
        case ssoLogin(profile: String)
        /// A session token Flightdeck was given and cannot renew.
        case sessionToken(TokenOrigin)
    }

    /// Where a session token Flightdeck cannot renew came from.
    public enum TokenOrigin: Sendable, Equatable {
        /// `AWS_SESSION_TOKEN` (a running process cannot see a new value).
        case environment
        /// `aws_session_token` of `profile` in the shared file at `path` (re-read on every renewal).
        case file(path: String, profile: String)
    }

    /// Before `until`, the chain looks at its source again this long ahead (and every
    /// `CredentialCache.retryDelay` after), so a new login is seen before the warning needs to show.
    public static let lookAhead: TimeInterval = 15 * 60

    /// Who renews them.
    public var kind: Kind
    /// When renewal stops as far as is known now; nil when it never does (`automatic`,
    /// `longTermKeys`) or the end is not known (a token without an expiry, an SSO session whose
    /// refresh still works).
    public var until: Date?
    /// When the chain should ask its source again although the credentials in hand are still good
    /// (an SSO token due for a refresh); nil means `until` minus `lookAhead`, or never.
    public var recheckAt: Date?

    /// Creates a renewal description.
    public init(kind: Kind, until: Date? = nil, recheckAt: Date? = nil) {
        self.kind = kind
        self.until = until
        self.recheckAt = recheckAt
    }

    /// Renewed by Flightdeck with no end.
    public static let automatic = CredentialRenewal(kind: .automatic)
    /// Keys that need no renewal.
    public static let longTermKeys = CredentialRenewal(kind: .longTermKeys)

    /// When the cache should ask the source again although the credentials in hand are still good.
    public var nextCheck: Date? {
        recheckAt ?? until.map { $0.addingTimeInterval(-Self.lookAhead) }
    }

    /// The renewal of a role assumed with credentials renewed as `self`: the role is assumed again
    /// while its source lasts, so it ends with the source; long-term keys make it automatic.
    public var ofAssumedRole: CredentialRenewal {
        kind == .longTermKeys ? .automatic : self
    }
}

/// What the chain last resolved, without any secret: for the header, `doctor` and the snapshot.
public struct CredentialReport: Sendable, Equatable {
    /// Which source supplied them, e.g. `SSO (profile web, role ReadOnly in 111122223333)`.
    public var source: String
    /// When the credentials in hand expire; nil for long-term keys.
    public var expiration: Date?
    /// How long they can be renewed.
    public var renewal: CredentialRenewal

    /// Creates a report.
    public init(source: String, expiration: Date?, renewal: CredentialRenewal) {
        self.source = source
        self.expiration = expiration
        self.renewal = renewal
    }

    /// The report of `credentials`.
    public init(_ credentials: AWSCredentials) {
        self.init(source: credentials.source, expiration: credentials.expiration, renewal: credentials.renewal)
    }
}

/// A credential provider that can say what it last resolved and how long it can renew it.
public protocol CredentialReporting: Sendable {
    /// The last credentials resolved, described without secrets; nil before the first.
    func report() async -> CredentialReport?
}
