import AWSSigV4
import FlightdeckPlatform
import Foundation

/// Credentials resolved by a provider, with where they came from and when they expire.
public struct AWSCredentials: Sendable, Equatable, CustomStringConvertible {
    /// The key pair and token used for signing.
    public var signing: SigningCredentials
    /// When temporary credentials stop working; nil for long-term keys.
    public var expiration: Date?
    /// A short name of the source, e.g. `environment`, `profile default (shared credentials file)`.
    public var source: String
    /// How long the chain can renew them by itself (automatic unless the source says otherwise).
    public var renewal: CredentialRenewal

    /// Creates resolved credentials.
    public init(
        signing: SigningCredentials, expiration: Date? = nil, source: String, renewal: CredentialRenewal = .automatic
    ) {
        self.signing = signing
        self.expiration = expiration
        self.source = source
        self.renewal = renewal
    }

    /// A redacted rendering that never contains the secret or the token.
    public var description: String {
        "AWSCredentials(\(signing.accessKeyID) from \(source)\(expiration.map { ", expires \($0)" } ?? ""))"
    }
}

/// Resolves credentials from one source.
public protocol CredentialProvider: Sendable {
    /// Returns credentials, or throws when this source has none or failed.
    func credentials() async throws -> AWSCredentials
    /// Forgets cached credentials so the next `credentials()` fetches fresh ones (after `ExpiredToken`).
    func invalidate() async
}

/// Credentials from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`, with the
/// token's expiry from `AWS_CREDENTIAL_EXPIRATION` (ISO 8601), as botocore reads it.
public struct EnvironmentCredentialProvider: CredentialProvider {
    /// The variable holding a session token's expiry, as botocore and the AWS CLI's
    /// `configure export-credentials --format env` name it.
    public static let expirationVariable = "AWS_CREDENTIAL_EXPIRATION"

    private let environment: [String: String]

    /// Reads from `environment` (the process environment by default).
    public init(environment: [String: String] = Platform.environment) {
        self.environment = environment
    }

    /// The environment's keys, or `CredentialError.notFound` when either key is missing or empty.
    public func credentials() async throws -> AWSCredentials {
        guard let id = environment["AWS_ACCESS_KEY_ID"], !id.isEmpty,
            let secret = environment["AWS_SECRET_ACCESS_KEY"], !secret.isEmpty
        else {
            throw CredentialError.notFound(
                source: "environment", detail: "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set")
        }
        let token = environment["AWS_SESSION_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        var expiration: Date?
        if let text = environment[Self.expirationVariable], !text.isEmpty {
            guard let date = ISO8601.parse(text) else {
                throw CredentialError.failed(
                    source: "environment",
                    detail: "\(Self.expirationVariable) is not an ISO 8601 time such as 2026-12-05T14:32:00Z")
            }
            expiration = date
        }
        let renewal =
            token == nil
            ? CredentialRenewal.longTermKeys
            : CredentialRenewal(kind: .sessionToken(.environment), until: expiration)
        return AWSCredentials(
            signing: SigningCredentials(accessKeyID: id, secretAccessKey: secret, sessionToken: token),
            expiration: expiration, source: "environment", renewal: renewal)
    }
}

/// Why credentials could not be resolved. Messages never contain a secret.
public enum CredentialError: Error, Sendable, Equatable, CustomStringConvertible {
    /// This source has no credentials; the chain goes on to the next.
    case notFound(source: String, detail: String)
    /// This source is configured but failed; the chain stops here, as the AWS CLI does.
    case failed(source: String, detail: String)
    /// No source had credentials; lists what was tried.
    case noneFound(tried: [String])

    /// A one-line (or, for `noneFound`, one line per source) explanation.
    public var description: String {
        switch self {
        case let .notFound(source, detail): return "\(source): \(detail)"
        case let .failed(source, detail): return "\(source): \(detail)"
        case let .noneFound(tried):
            return "no AWS credentials found; tried:\n" + tried.map { "  - \($0)" }.joined(separator: "\n")
        }
    }
}
