import DashboardModel
import Foundation

extension SnapshotDocument {
    /// The credentials signed with: where they come from and how long they can be renewed; no secret.
    public struct CredentialsEntry: Sendable, Equatable, Codable {
        /// Which source supplied them, e.g. `SSO (profile web, role ReadOnly in 111122223333)`.
        public var source: String
        /// When the credentials in hand expire, or null (long-term keys, an unknown expiry).
        public var expiresAt: Date?
        /// Who renews them: `automatic`, `longTermKeys`, `ssoLogin`, `environmentToken` or `fileToken`.
        public var renewal: String
        /// When renewal stops; null when it never does (`automatic`, `longTermKeys`) or is not known.
        public var renewableUntil: Date?
        /// The profile to log in again (`ssoLogin`) or whose token to refresh (`fileToken`), or null.
        public var profile: String?
        /// The shared file holding the session token (`fileToken`), or null.
        public var file: String?

        private enum CodingKeys: String, CodingKey {
            case source, expiresAt, renewal, renewableUntil, profile, file
        }

        /// The entry of `status`.
        public init(_ status: CredentialStatus) {
            source = status.source
            expiresAt = status.expiresAt
            renewableUntil = status.renewableUntil
            switch status.renewal {
            case .automatic: renewal = "automatic"
            case .longTermKeys: renewal = "longTermKeys"
            case let .ssoLogin(name):
                renewal = "ssoLogin"
                profile = name
            case .environmentToken: renewal = "environmentToken"
            case let .fileToken(path, name):
                renewal = "fileToken"
                profile = name
                file = path
            }
        }

        /// Encodes every field, writing `null` for unknown values.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(source, forKey: .source)
            try container.encode(expiresAt, forKey: .expiresAt)
            try container.encode(renewal, forKey: .renewal)
            try container.encode(renewableUntil, forKey: .renewableUntil)
            try container.encode(profile, forKey: .profile)
            try container.encode(file, forKey: .file)
        }
    }
}
