/// The profile-based sources, in the AWS CLI's order.
enum ProfileStep: Sendable, CaseIterable {
    /// `role_arn` with `source_profile` or `credential_source`.
    case assumeRole
    /// A web identity token file (environment, or the profile unless `--profile` excludes the environment).
    case webIdentity
    /// `sso_session` or `sso_start_url`.
    case sso
    /// Static keys in the shared credentials file.
    case credentialsFile
    /// `credential_process`.
    case process
    /// Static keys in the config file.
    case configFile

    /// The name used in messages.
    var sourceName: String {
        switch self {
        case .assumeRole: return AssumeRoleCredentials.sourceName
        case .webIdentity: return WebIdentityCredentials.sourceName
        case .sso: return SSOCredentials.sourceName
        case .credentialsFile: return StaticProfileCredentials.sourceName(.credentials)
        case .process: return ProcessCredentials.sourceName
        case .configFile: return StaticProfileCredentials.sourceName(.config)
        }
    }

    /// Runs this step for `profile` (nil when the implicit default profile does not exist).
    func resolve(
        _ profile: ConfigProfile?, config: SharedConfig, useEnvironment: Bool,
        context: ProfileContext
    ) async throws -> AWSCredentials {
        if self == .webIdentity {
            return try await WebIdentityCredentials.resolve(
                profile: profile, useEnvironment: useEnvironment, context: context)
        }
        guard let profile else {
            throw CredentialError.notFound(
                source: sourceName, detail: "no profile \(context.selection.name) in \(config.pathsDescription)")
        }
        switch self {
        case .assumeRole: return try await AssumeRoleCredentials.resolve(profile, config: config, context: context)
        case .webIdentity:
            return try await WebIdentityCredentials.resolve(
                profile: profile, useEnvironment: useEnvironment, context: context)
        case .sso: return try await SSOCredentials.resolve(profile, config: config, environment: context.environment)
        case .credentialsFile: return try StaticProfileCredentials.read(profile, file: .credentials, config: config)
        case .process: return try await ProcessCredentials.resolve(profile, environment: context.environment)
        case .configFile: return try StaticProfileCredentials.read(profile, file: .config, config: config)
        }
    }
}

/// One profile-based link of the default chain, reading the shared files afresh on every call.
struct ProfileCredentialProvider: CredentialProvider {
    /// Which source this link is.
    let step: ProfileStep
    /// The shared inputs.
    let context: ProfileContext

    /// The selected profile's credentials from this step.
    func credentials() async throws -> AWSCredentials {
        let config: SharedConfig
        do {
            config = try context.loadConfig()
        } catch let error as ConfigFileError {
            throw CredentialError.failed(source: step.sourceName, detail: error.description)
        }
        let profile = try context.selectedProfile(in: config, source: step.sourceName)
        return try await step.resolve(
            profile, config: config, useEnvironment: !context.selection.isExplicitOption,
            context: context)
    }
}

/// The profile-based steps other than `assumeRole`, run in order for a `source_profile`.
enum ProfileSources {
    /// The first credentials the steps find for `profile`, ignoring the environment.
    static func resolve(
        _ profile: ConfigProfile, config: SharedConfig, context: ProfileContext,
        failure: String
    ) async throws -> AWSCredentials {
        var tried: [String] = []
        for step in ProfileStep.allCases where step != .assumeRole {
            do {
                return try await step.resolve(profile, config: config, useEnvironment: false, context: context)
            } catch let CredentialError.notFound(source, detail) {
                tried.append("\(source): \(detail)")
            }
        }
        throw CredentialError.failed(
            source: AssumeRoleCredentials.sourceName, detail: "\(failure) (\(tried.joined(separator: "; ")))")
    }
}
