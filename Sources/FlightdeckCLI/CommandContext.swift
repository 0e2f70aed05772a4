import AWSCore
import AWSServices
import CurlTransport
import Foundation

/// What several commands share: resolving credentials and region.
enum CommandContext {
    /// The process's environment, home directory, files and clock, with `transport` for the credential
    /// sources that speak HTTP (instance metadata, container, SSO, STS).
    static func environment(transport: any HTTPTransport) -> AWSEnvironment {
        .live(transport: transport)
    }

    /// The default credential chain for `--profile` value `profile`, cached and refreshed.
    static func credentialProvider(profile: String?, transport: any HTTPTransport) -> CredentialCache {
        let environment = environment(transport: transport)
        let sts = STSCredentialsService(transport: transport, environment: environment.variables)
        return DefaultCredentialChain.make(environment: environment, profileOption: profile, sts: sts)
    }

    /// Credentials for `profile` (or the default chain), over a transport of their own.
    static func credentials(profile: String?) async throws -> AWSCredentials {
        let transport = CurlTransport()
        defer { transport.shutdown() }
        return try await credentialProvider(profile: profile, transport: transport).credentials()
    }

    /// The region for `--region` value `region` and `--profile` value `profile`.
    static func region(_ region: String?, profile: String?, transport: any HTTPTransport) async throws -> String {
        try await RegionResolver(environment: environment(transport: transport), option: region, profileOption: profile)
            .resolve().name
    }
}
