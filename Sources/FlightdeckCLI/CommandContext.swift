import AWSCore
import Foundation

/// What several commands share: resolving credentials and writing to stderr.
enum CommandContext {
    /// Credentials for `profile` (or the default chain).
    static func credentials(profile: String?) async throws -> AWSCredentials {
        try await EnvironmentCredentialProvider().credentials()
    }
}

/// Writes text to standard error.
enum StandardError {
    /// Writes `text` as it is.
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
