import Foundation

/// Why a poll failed, reduced to what the dashboard needs to decide and to say.
public struct SourceFailure: Sendable, Equatable, Codable, CustomStringConvertible {
    /// The kind of failure, which decides how polling reacts.
    public enum Kind: String, Sendable, Equatable, Codable {
        /// AWS asked us to slow down.
        case throttled
        /// A network problem or a 5xx: try again soon.
        case transient
        /// Credentials are missing, invalid or expired.
        case credentials
        /// The local clock is too far from AWS's.
        case clockSkew
        /// The caller lacks permission.
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

    /// Creates a failure.
    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
