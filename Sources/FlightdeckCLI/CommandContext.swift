import AWSCore
import Foundation

/// What several commands share: resolving credentials and region, and writing to stderr.
enum CommandContext {
    /// The credential provider for `--profile` value `profile`.
    static func credentialProvider(profile: String?, transport: any HTTPTransport) -> any CredentialProvider {
        EnvironmentCredentialProvider()
    }

    /// Credentials for `profile` (or the default chain).
    static func credentials(profile: String?) async throws -> AWSCredentials {
        try await EnvironmentCredentialProvider().credentials()
    }

    /// The region for `--region` value `region` and `--profile` value `profile`.
    static func region(_ region: String?, profile: String?, transport: any HTTPTransport) async throws -> String {
        let environment = ProcessInfo.processInfo.environment
        if let region { return region }
        for key in ["AWS_REGION", "AWS_DEFAULT_REGION"] {
            if let value = environment[key], !value.isEmpty { return value }
        }
        throw CredentialError.noneFound(tried: ["--region", "AWS_REGION", "AWS_DEFAULT_REGION"])
    }
}

/// Writes text to standard error.
enum StandardError {
    /// Writes `text` as it is.
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
