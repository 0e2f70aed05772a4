import Foundation

/// Assumes a profile's `role_arn` with credentials from `source_profile` or `credential_source`.
///
/// Follows the AWS CLI: a source profile with static keys (or without a role of its own) is
/// resolved by the profile sources alone; one with a role is assumed first (chained roles); a
/// profile may name itself as source when it holds static keys; any other cycle is an error.
/// `mfa_serial` is refused: a dashboard cannot stop to prompt for a code.
enum AssumeRoleCredentials {
    /// The name used in messages.
    static let sourceName = "assume role"

    /// Whether `profile` is configured for this source: `role_arn` without a web identity token file.
    static func applies(to profile: ConfigProfile) -> Bool {
        profile["role_arn"] != nil && profile["web_identity_token_file"] == nil
    }

    /// The selected profile's role credentials; not found when it has no `role_arn`.
    static func resolve(_ profile: ConfigProfile, config: SharedConfig, context: ProfileContext) async throws
        -> AWSCredentials
    {
        guard applies(to: profile) else {
            throw CredentialError.notFound(source: sourceName, detail: "profile \(profile.name) has no role_arn")
        }
        return try await assume(profile, config: config, visited: [profile.name], context: context)
    }

    /// Assumes `profile`'s role; `visited` holds the profiles already on the way, for cycle detection.
    private static func assume(
        _ profile: ConfigProfile, config: SharedConfig, visited: [String],
        context: ProfileContext
    ) async throws -> AWSCredentials {
        let name = sourceName
        guard let roleARN = profile["role_arn"] else {
            throw CredentialError.failed(source: name, detail: "profile \(profile.name) has no role_arn")
        }
        if profile["mfa_serial"] != nil {
            throw CredentialError.failed(
                source: name,
                detail:
                    "profile \(profile.name) sets mfa_serial: MFA-protected roles are not supported, because a dashboard cannot stop to ask for a code; use a profile without mfa_serial (for example SSO)"
            )
        }
        let source = try await sourceCredentials(of: profile, config: config, visited: visited, context: context)
        var duration: Int?
        if let text = profile["duration_seconds"] {
            guard let seconds = Int(text), seconds > 0 else {
                throw CredentialError.failed(
                    source: name, detail: "profile \(profile.name): duration_seconds must be a whole number of seconds")
            }
            duration = seconds
        }
        let request = AssumeRoleRequest(
            roleARN: roleARN,
            roleSessionName: profile["role_session_name"] ?? context.defaultSessionName(),
            externalID: profile["external_id"], durationSeconds: duration,
            region: context.stsRegion(profile: config.profile(context.selection.name) ?? profile))
        var credentials: AWSCredentials
        do {
            credentials = try await context.sts.assumeRole(request, sourceCredentials: source)
        } catch let error as CredentialError {
            throw error
        } catch {
            throw CredentialError.failed(
                source: name, detail: "AssumeRole \(roleARN) (profile \(profile.name)): \(error)")
        }
        credentials.source = "\(name) \(roleARN) (profile \(profile.name), from \(source.source))"
        // The role is assumed again while its source lasts: it is renewable exactly as long.
        credentials.renewal = source.renewal.ofAssumedRole
        return credentials
    }

    /// The credentials that sign `profile`'s AssumeRole call.
    private static func sourceCredentials(
        of profile: ConfigProfile, config: SharedConfig, visited: [String],
        context: ProfileContext
    ) async throws -> AWSCredentials {
        let name = sourceName
        let sourceProfile = profile["source_profile"]
        let credentialSource = profile["credential_source"]
        switch (sourceProfile, credentialSource) {
        case (.some, .some):
            throw CredentialError.failed(
                source: name, detail: "profile \(profile.name) sets both source_profile and credential_source")
        case (nil, nil):
            throw CredentialError.failed(
                source: name,
                detail: "profile \(profile.name) sets role_arn but neither source_profile nor credential_source")
        case let (nil, .some(kind)):
            return try await namedSource(kind, profile: profile.name, context: context)
        case let (.some(sourceName), nil):
            guard let source = config.profile(sourceName) else {
                throw CredentialError.failed(
                    source: name,
                    detail:
                        "source_profile \(sourceName) of profile \(profile.name) is not defined in \(config.pathsDescription)"
                )
            }
            if visited.contains(sourceName) {
                guard sourceName == profile.name, source.hasStaticKeys else {
                    let cycle = (visited + [sourceName]).joined(separator: " → ")
                    throw CredentialError.failed(source: name, detail: "source_profile cycle: \(cycle)")
                }
                return try StaticProfileCredentials.read(
                    source, file: source.credentialsProperties["aws_access_key_id"] != nil ? .credentials : .config,
                    config: config)
            }
            if source.hasStaticKeys || !applies(to: source) {
                return try await ProfileSources.resolve(
                    source, config: config, context: context,
                    failure: "source_profile \(sourceName) of profile \(profile.name) has no credentials")
            }
            return try await assume(source, config: config, visited: visited + [sourceName], context: context)
        }
    }

    /// The credentials of a `credential_source`.
    private static func namedSource(_ kind: String, profile: String, context: ProfileContext) async throws
        -> AWSCredentials
    {
        let provider: any CredentialProvider
        switch kind {
        case "Environment": provider = EnvironmentCredentialProvider(environment: context.environment.variables)
        case "Ec2InstanceMetadata": provider = InstanceMetadataCredentialProvider(environment: context.environment)
        case "EcsContainer": provider = ContainerCredentialProvider(environment: context.environment)
        default:
            throw CredentialError.failed(
                source: sourceName,
                detail:
                    "profile \(profile): credential_source \(kind) is not one of Environment, Ec2InstanceMetadata, EcsContainer"
            )
        }
        do {
            return try await provider.credentials()
        } catch let CredentialError.notFound(_, detail) {
            throw CredentialError.failed(
                source: sourceName,
                detail: "profile \(profile): credential_source \(kind) has no credentials: \(detail)")
        }
    }
}
