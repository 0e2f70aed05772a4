import Foundation

/// Why a poll failed, reduced to what the dashboard needs to decide and to say.
public struct SourceFailure: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The kind of failure, which decides how polling reacts.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// AWS asked us to slow down.
        case throttled
        /// No connection: DNS, refused, TLS, or a connection broken mid-reply.
        case unreachable
        /// No reply in time.
        case timeout
        /// The service failed (HTTP 5xx).
        case server
        /// Credentials are missing, invalid or expired.
        case credentials
        /// The local clock is too far from AWS's.
        case clockSkew
        /// The caller lacks permission (an IAM policy, an SCP or a permissions boundary).
        case accessDenied
        /// The reply could not be understood.
        case malformed
        /// Anything else.
        case other
    }

    /// The kind.
    public var kind: Kind
    /// A one-line message for the operator, never containing a secret.
    public var message: String
    /// The IAM action of the call that failed, e.g. `autoscaling:DescribePolicies`, when one did.
    public var action: String?

    /// Creates a failure.
    public init(kind: Kind, message: String, action: String? = nil) {
        self.kind = kind
        self.message = message
        self.action = action
    }

    /// The kind as the snapshot's `errors[].kind` names it: `denied`, `throttled`, `unreachable`,
    /// `timeout`, `malformed`, `server`, `credentials`, `clockSkew` or `other`.
    public var reportedKind: String {
        kind == .accessDenied ? "denied" : kind.rawValue
    }

    /// The message.
    public var description: String { message }
}
