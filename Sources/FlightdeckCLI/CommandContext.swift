import AWSCore
import AWSServices
import CurlTransport
import Foundation

/// What several commands share: resolving credentials and region, and writing to stderr.
enum CommandContext {
    /// The HTTP transport for credential sources (instance metadata, container, SSO, STS).
    static let transport: any HTTPTransport = CurlTransport()

    /// The process's environment, home directory, files and clock.
    static func environment() -> AWSEnvironment {
        .live(transport: transport)
    }

    /// The default credential chain for `--profile` value `profile`, cached and refreshed.
    static func credentialChain(profile: String?) -> CredentialCache {
        let environment = environment()
        let sts = STSCredentialsService(transport: transport, environment: environment.variables)
        return DefaultCredentialChain.make(environment: environment, profileOption: profile, sts: sts)
    }

    /// Credentials for `profile` (or the default chain).
    static func credentials(profile: String?) async throws -> AWSCredentials {
        try await credentialChain(profile: profile).credentials()
    }

    /// The region for `--region` value `region` and `--profile` value `profile`.
    static func region(_ region: String?, profile: String?) async throws -> ResolvedRegion {
        try await RegionResolver(environment: environment(), option: region, profileOption: profile).resolve()
    }
}

/// Writes text to standard error.
enum StandardError {
    /// Writes `text` as it is.
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
