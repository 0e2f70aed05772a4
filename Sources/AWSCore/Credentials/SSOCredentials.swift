import AWSSigV4
import Crypto
import Foundation

/// IAM Identity Center (SSO) role credentials from the token `aws sso login` cached.
///
/// The cache file is `~/.aws/sso/cache/<sha1 hex>.json`, keyed by the `sso_session` name or, for
/// legacy profiles, by `sso_start_url`. A `sso-session` token is refreshed through SSO-OIDC when it
/// has less than 15 minutes left (`SSOTokenRefresh`); a legacy one, or one that cannot be
/// refreshed, asks the user to run `aws sso login` again once it has expired.
enum SSOCredentials {
    /// The name used in messages.
    static let sourceName = "SSO"

    /// The SSO settings of a profile, resolved through its `[sso-session]` when it names one.
    struct Settings: Equatable {
        /// The session name, nil for a legacy profile.
        var sessionName: String?
        /// The portal's start URL.
        var startURL: String
        /// The region of the portal.
        var region: String
        /// The account to get a role in.
        var accountID: String
        /// The role's name.
        var roleName: String

        /// The cache file's name: sha1 of the session name or of the start URL, hex, plus `.json`.
        var cacheFileName: String {
            let key = sessionName ?? startURL
            return Insecure.SHA1.hash(data: Data(key.utf8)).map { String(format: "%02x", $0) }.joined() + ".json"
        }
    }

    /// The role credentials; not found when the profile has no SSO settings.
    static func resolve(_ profile: ConfigProfile, config: SharedConfig, environment: AWSEnvironment) async throws
        -> AWSCredentials
    {
        let settings = try settings(of: profile, config: config)
        let token = try await currentToken(settings, profile: profile.name, environment: environment)
        var credentials = try await roleCredentials(
            settings, token: token.accessToken, profile: profile.name, environment: environment)
        credentials.renewal = token.renewal
        return credentials
    }

    /// Reads and checks the profile's SSO keys.
    static func settings(of profile: ConfigProfile, config: SharedConfig) throws -> Settings {
        let name = sourceName
        var startURL = profile["sso_start_url"]
        var region = profile["sso_region"]
        let session = profile["sso_session"]
        if let session {
            guard let section = config.ssoSessions[session] else {
                throw CredentialError.failed(
                    source: name,
                    detail:
                        "profile \(profile.name) names sso_session \(session), but \(config.configPath) has no [sso-session \(session)]"
                )
            }
            startURL = section["sso_start_url"].flatMap { $0.isEmpty ? nil : $0 } ?? startURL
            region = section["sso_region"].flatMap { $0.isEmpty ? nil : $0 } ?? region
        }
        guard session != nil || startURL != nil else {
            throw CredentialError.notFound(
                source: name, detail: "profile \(profile.name) has no sso_session or sso_start_url")
        }
        var missing: [String] = []
        if startURL == nil { missing.append("sso_start_url") }
        if region == nil { missing.append("sso_region") }
        if profile["sso_account_id"] == nil { missing.append("sso_account_id") }
        if profile["sso_role_name"] == nil { missing.append("sso_role_name") }
        guard missing.isEmpty, let startURL, let region, let account = profile["sso_account_id"],
            let role = profile["sso_role_name"]
        else {
            throw CredentialError.failed(
                source: name, detail: "profile \(profile.name) is missing \(missing.joined(separator: ", "))")
        }
        return Settings(sessionName: session, startURL: startURL, region: region, accountID: account, roleName: role)
    }

    /// The access token to use and how long the login can be renewed: the cached token, refreshed
    /// first when it has less than 15 minutes left and the login left a refresh grant; an expired
    /// one that was not refreshed is an error.
    ///
    /// A token that SSO-OIDC can still refresh has no known end (the session's end is not in the
    /// cache); the chain looks again when it is due for a refresh. A token that cannot be refreshed
    /// (a legacy login, an expired registration, a refresh refused) ends the renewal at its expiry.
    static func currentToken(
        _ settings: Settings, profile: String,
        environment: AWSEnvironment
    ) async throws -> (accessToken: String, renewal: CredentialRenewal) {
        let cached = try cachedToken(settings, profile: profile, environment: environment)
        let now = environment.now()
        let login = CredentialRenewal.Kind.ssoLogin(profile: profile)
        let refreshable = settings.sessionName != nil && cached.canRefresh(at: now)
        guard cached.expiresAt.timeIntervalSince(now) < SSOTokenRefresh.window else {
            let renewal =
                refreshable
                ? CredentialRenewal(
                    kind: login, recheckAt: cached.expiresAt.addingTimeInterval(-SSOTokenRefresh.window))
                : CredentialRenewal(kind: login, until: cached.expiresAt)
            return (cached.accessToken, renewal)
        }
        var refreshFailure = ""
        if settings.sessionName != nil {
            do {
                if let refreshed = try await SSOTokenRefresh.refresh(
                    cached, region: settings.region, environment: environment)
                {
                    let renewal = CredentialRenewal(
                        kind: login, recheckAt: refreshed.expiresAt.addingTimeInterval(-SSOTokenRefresh.window))
                    return (refreshed.accessToken, renewal)
                }
            } catch {
                refreshFailure = "; refreshing it failed: \(error)"
            }
        }
        guard cached.expiresAt > now else {
            throw CredentialError.failed(
                source: sourceName,
                detail:
                    "the SSO session expired at \(ISO8601.format(cached.expiresAt))\(refreshFailure); run 'aws sso login --profile \(profile)'"
            )
        }
        return (cached.accessToken, CredentialRenewal(kind: login, until: cached.expiresAt))
    }

    /// The cached token as the cache file holds it (its expiry is the caller's to judge).
    static func cachedToken(_ settings: Settings, profile: String, environment: AWSEnvironment) throws -> SSOCachedToken
    {
        let name = sourceName
        let path = environment.homeDirectory + "/.aws/sso/cache/" + settings.cacheFileName
        let login = "run 'aws sso login --profile \(profile)'"
        let text: String?
        do {
            text = try environment.readText(path)
        } catch {
            throw CredentialError.failed(source: name, detail: "\(error)")
        }
        guard let text else {
            throw CredentialError.failed(source: name, detail: "no cached SSO token at \(path); \(login)")
        }
        guard let document = CredentialDocument(Data(text.utf8)), let token = document.string("accessToken") else {
            throw CredentialError.failed(
                source: name, detail: "the SSO token cache \(path) has no accessToken; \(login)")
        }
        guard let expiresAt = document.string("expiresAt").flatMap(ISO8601.parse) else {
            throw CredentialError.failed(
                source: name, detail: "the SSO token cache \(path) has no valid expiresAt; \(login)")
        }
        return SSOCachedToken(path: path, fields: document.object, accessToken: token, expiresAt: expiresAt)
    }

    /// The base URL of `service` (the portal, SSO-OIDC) in the session's region, resolved as every other
    /// endpoint: `AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL`, else the service's default host.
    static func endpoint(_ service: AWSService, region: String, environment: AWSEnvironment) throws -> URL {
        try EndpointResolver(region: region, environment: environment.variables).endpoint(for: service).url
    }

    /// Calls the portal's `GetRoleCredentials`.
    static func roleCredentials(
        _ settings: Settings, token: String, profile: String,
        environment: AWSEnvironment
    ) async throws -> AWSCredentials {
        let name = sourceName
        let base: URL
        do {
            base = try endpoint(.sso, region: settings.region, environment: environment)
        } catch {
            throw CredentialError.failed(source: name, detail: "\(error)")
        }
        var components = URLComponents(
            url: base.appending(path: "federation/credentials"), resolvingAgainstBaseURL: false)
        components?.queryItems = [
            URLQueryItem(name: "role_name", value: settings.roleName),
            URLQueryItem(name: "account_id", value: settings.accountID)
        ]
        guard let url = components?.url else {
            throw CredentialError.failed(source: name, detail: "the SSO portal URL \(base) is not valid")
        }
        let request = HTTPRequest(
            method: "GET", url: url, headers: [HTTPHeader("x-amz-sso_bearer_token", token)], timeout: 10)
        let response: HTTPResponse
        do {
            response = try await environment.transport.send(request)
        } catch {
            throw CredentialError.failed(source: name, detail: "GetRoleCredentials at \(base.absoluteString): \(error)")
        }
        switch response.status {
        case 200:
            break
        case 401, 403:
            throw CredentialError.failed(
                source: name,
                detail:
                    "the SSO portal rejected the cached token (HTTP \(response.status)) for role \(settings.roleName) in account \(settings.accountID); run 'aws sso login --profile \(profile)'"
            )
        default:
            throw CredentialError.failed(source: name, detail: "GetRoleCredentials answered HTTP \(response.status)")
        }
        guard let role = CredentialDocument(Data(response.body))?.document("roleCredentials") else {
            throw CredentialError.failed(source: name, detail: "GetRoleCredentials reply has no roleCredentials")
        }
        do {
            return try role.credentials(
                accessKey: "accessKeyId", secretKey: "secretAccessKey", token: "sessionToken",
                expiration: "expiration",
                source: "\(name) (profile \(profile), role \(settings.roleName) in \(settings.accountID))")
        } catch {
            throw CredentialError.failed(source: name, detail: "GetRoleCredentials reply: \(error)")
        }
    }
}
