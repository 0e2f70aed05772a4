import AWSSigV4
import Foundation

/// Which of the shared files a static key pair is read from.
enum SharedFileKind: Sendable {
    /// `~/.aws/credentials` (`[NAME]`).
    case credentials
    /// `~/.aws/config` (`[profile NAME]`).
    case config
}

/// Reads `aws_access_key_id`, `aws_secret_access_key` and `aws_session_token` from one shared file.
///
/// A session token's expiry is read from `x_security_token_expires` (ISO 8601), which saml2aws and
/// similar tools write beside the token; no AWS SDK reads an expiry from the shared files.
enum StaticProfileCredentials {
    /// The key holding a session token's expiry.
    static let expirationKey = "x_security_token_expires"

    /// The profile's keys from `file`; not found without either key, failed with only one of them.
    static func read(_ profile: ConfigProfile, file: SharedFileKind, config: SharedConfig) throws -> AWSCredentials {
        let properties = file == .credentials ? profile.credentialsProperties : profile.configProperties
        let path = file == .credentials ? config.credentialsPath : config.configPath
        let name = sourceName(file)
        let id = properties["aws_access_key_id"].flatMap { $0.isEmpty ? nil : $0 }
        let secret = properties["aws_secret_access_key"].flatMap { $0.isEmpty ? nil : $0 }
        switch (id, secret) {
        case (nil, nil):
            throw CredentialError.notFound(
                source: name, detail: "profile \(profile.name) has no aws_access_key_id in \(path)")
        case (.some, nil):
            throw CredentialError.failed(
                source: name,
                detail: "profile \(profile.name) in \(path) sets aws_access_key_id but not aws_secret_access_key")
        case (nil, .some):
            throw CredentialError.failed(
                source: name,
                detail: "profile \(profile.name) in \(path) sets aws_secret_access_key but not aws_access_key_id")
        case let (.some(id), .some(secret)):
            let token = properties["aws_session_token"].flatMap { $0.isEmpty ? nil : $0 }
            var expiration: Date?
            if token != nil, let text = properties[expirationKey].flatMap({ $0.isEmpty ? nil : $0 }) {
                guard let date = ISO8601.parse(text) else {
                    throw CredentialError.failed(
                        source: name,
                        detail:
                            "profile \(profile.name) in \(path): \(expirationKey) is not an ISO 8601 time such as 2026-12-05T14:32:00Z"
                    )
                }
                expiration = date
            }
            let renewal =
                token == nil
                ? CredentialRenewal.longTermKeys
                : CredentialRenewal(kind: .sessionToken(.file(path: path, profile: profile.name)), until: expiration)
            return AWSCredentials(
                signing: SigningCredentials(accessKeyID: id, secretAccessKey: secret, sessionToken: token),
                expiration: expiration, source: "\(name) (profile \(profile.name))", renewal: renewal)
        }
    }

    /// `shared credentials file` or `config file`.
    static func sourceName(_ file: SharedFileKind) -> String {
        file == .credentials ? "shared credentials file" : "config file"
    }
}
