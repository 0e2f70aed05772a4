import AWSCore
import Testing

/// Resolves through the default chain.
func resolve(
    _ environment: AWSEnvironment, profile: String? = nil,
    sts: any STSCredentialsClient = RecordingSTS()
) async throws -> AWSCredentials {
    try await DefaultCredentialChain.make(environment: environment, profileOption: profile, sts: sts).credentials()
}

/// The `CredentialError` the default chain throws, or nil (recording an issue) when it succeeds.
func chainError(
    _ environment: AWSEnvironment, profile: String? = nil,
    sts: any STSCredentialsClient = RecordingSTS(),
    sourceLocation: SourceLocation = #_sourceLocation
) async -> CredentialError? {
    do {
        let credentials = try await resolve(environment, profile: profile, sts: sts)
        Issue.record("expected an error, got \(credentials)", sourceLocation: sourceLocation)
        return nil
    } catch let error as CredentialError {
        return error
    } catch {
        Issue.record("expected a CredentialError, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}
