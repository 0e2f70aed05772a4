import Foundation

/// Assumes a role with an OIDC token file through STS `AssumeRoleWithWebIdentity`.
///
/// Each setting comes from the environment (`AWS_WEB_IDENTITY_TOKEN_FILE`, `AWS_ROLE_ARN`,
/// `AWS_ROLE_SESSION_NAME`) unless `--profile` was given, else from the profile
/// (`web_identity_token_file`, `role_arn`, `role_session_name`), as the AWS CLI reads them.
enum WebIdentityCredentials {
    /// The name used in messages.
    static let sourceName = "web identity"

    /// The role's credentials; not found when no token file is configured.
    static func resolve(profile: ConfigProfile?, useEnvironment: Bool, context: ProfileContext) async throws
        -> AWSCredentials
    {
        let name = sourceName
        let environment = context.environment
        func setting(_ variable: String, _ key: String) -> String? {
            (useEnvironment ? environment.variable(variable) : nil) ?? profile?[key]
        }
        guard let tokenFile = setting("AWS_WEB_IDENTITY_TOKEN_FILE", "web_identity_token_file") else {
            let profileName = profile?.name ?? context.selection.name
            let where_ =
                useEnvironment
                ? "AWS_WEB_IDENTITY_TOKEN_FILE is not set and profile \(profileName)" : "profile \(profileName)"
            throw CredentialError.notFound(source: name, detail: "\(where_) has no web_identity_token_file")
        }
        guard let roleARN = setting("AWS_ROLE_ARN", "role_arn") else {
            throw CredentialError.failed(
                source: name,
                detail: "a web identity token file is configured but no role ARN (AWS_ROLE_ARN or role_arn)")
        }
        let path = environment.expandingTilde(tokenFile)
        let token: String
        do {
            guard let text = try environment.readText(path) else {
                throw CredentialError.failed(source: name, detail: "the token file \(path) does not exist")
            }
            token = text.trimmingCharacters(in: .whitespacesAndNewlines)
        } catch let error as ConfigFileError {
            throw CredentialError.failed(source: name, detail: "the token file \(error)")
        }
        guard !token.isEmpty else {
            throw CredentialError.failed(source: name, detail: "the token file \(path) is empty")
        }
        let request = AssumeRoleWithWebIdentityRequest(
            roleARN: roleARN,
            roleSessionName: setting("AWS_ROLE_SESSION_NAME", "role_session_name") ?? context.defaultSessionName(),
            webIdentityToken: token,
            region: context.stsRegion(profile: profile))
        var credentials: AWSCredentials
        do {
            credentials = try await context.sts.assumeRoleWithWebIdentity(request)
        } catch let error as CredentialError {
            throw error
        } catch {
            throw CredentialError.failed(source: name, detail: "AssumeRoleWithWebIdentity \(roleARN): \(error)")
        }
        credentials.source = "\(name) (\(roleARN))"
        return credentials
    }
}
