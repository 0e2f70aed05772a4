import AWSSigV4
import Foundation

/// The token an `aws sso login` cached, as read from its cache file.
struct SSOCachedToken {
    /// The cache file's path.
    var path: String
    /// Every field of the file, so a write-back keeps what the CLI put there.
    var fields: [String: Any]
    /// The bearer token for the portal.
    var accessToken: String
    /// When the bearer token stops working.
    var expiresAt: Date

    /// The client registration and refresh token a `sso-session` login leaves; nil for legacy logins.
    var refreshGrant: (refreshToken: String, clientID: String, clientSecret: String)? {
        guard let refreshToken = fields["refreshToken"] as? String, let clientID = fields["clientId"] as? String,
            let clientSecret = fields["clientSecret"] as? String, !refreshToken.isEmpty
        else { return nil }
        return (refreshToken, clientID, clientSecret)
    }

    /// When the client registration expires, if the file says.
    var registrationExpiresAt: Date? {
        (fields["registrationExpiresAt"] as? String).flatMap(ISO8601.parse)
    }

    /// Whether SSO-OIDC can be asked for a new token at `now`: a refresh grant whose client
    /// registration has not expired.
    func canRefresh(at now: Date) -> Bool {
        guard refreshGrant != nil else { return false }
        if let registrationEnd = registrationExpiresAt, registrationEnd <= now { return false }
        return true
    }
}

/// Refreshes an SSO access token through SSO-OIDC `CreateToken` (grant `refresh_token`) and writes
/// it back to the cache, as the AWS CLI and SDKs do for `sso-session` profiles.
///
/// Access tokens of `sso-session` logins last about an hour; without a refresh a dashboard watched
/// through a launch would stop when the first one ran out. No token, secret or refresh token ever
/// appears in an error.
enum SSOTokenRefresh {
    /// A token is refreshed once it has less than this long to live (botocore's window).
    static let window: TimeInterval = 15 * 60

    /// The new access token and its expiry, after writing them to the cache; nil when the cache holds
    /// no refresh grant or its client registration has expired. Throws when `CreateToken` fails.
    static func refresh(_ cached: SSOCachedToken, region: String, environment: AWSEnvironment) async throws -> (
        accessToken: String, expiresAt: Date
    )? {
        guard cached.canRefresh(at: environment.now()), let grant = cached.refreshGrant else { return nil }
        let base: URL
        do {
            base = try SSOCredentials.endpoint(.ssoOIDC, region: region, environment: environment)
        } catch {
            throw RefreshError(text: "\(error)")
        }
        let url = base.appending(path: "token")
        let body: [String: String] = [
            "clientId": grant.clientID, "clientSecret": grant.clientSecret,
            "grantType": "refresh_token", "refreshToken": grant.refreshToken
        ]
        let request = HTTPRequest(
            method: "POST", url: url, headers: [HTTPHeader("Content-Type", "application/json")],
            body: Array(
                try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys, .withoutEscapingSlashes])),
            timeout: 10)
        let response: HTTPResponse
        do {
            response = try await environment.transport.send(request)
        } catch {
            throw RefreshError(text: "CreateToken at \(base.absoluteString): \(error)")
        }
        let reply = CredentialDocument(Data(response.body))
        guard response.status == 200 else {
            // OAuth errors carry a code such as `invalid_grant`; AWS's other errors an `error` or `__type`.
            let code = reply?.string("error") ?? reply?.string("__type") ?? "no error code"
            throw RefreshError(text: "CreateToken answered HTTP \(response.status) (\(code))")
        }
        guard let accessToken = reply?.string("accessToken"), !accessToken.isEmpty,
            let lifetime = reply.flatMap({ CredentialDocument.number($0.object["expiresIn"]) }), lifetime > 0
        else {
            throw RefreshError(text: "CreateToken's reply has no accessToken or expiresIn")
        }
        var fields = cached.fields
        let expiresAt = environment.now().addingTimeInterval(lifetime)
        fields["accessToken"] = accessToken
        fields["expiresAt"] = ISO8601.format(expiresAt)
        if let rotated = reply?.string("refreshToken"), !rotated.isEmpty { fields["refreshToken"] = rotated }
        // A cache that cannot be written still leaves the new token for this refresh of the
        // credentials; a later one that finds the old refresh token refused asks for a login.
        if let data = try? JSONSerialization.data(
            withJSONObject: fields, options: [.sortedKeys, .withoutEscapingSlashes])
        {
            try? environment.files.replace(cached.path, with: data)
        }
        return (accessToken, expiresAt)
    }

    /// Why a refresh failed, in words that hold no secret.
    struct RefreshError: Error, CustomStringConvertible {
        /// The reason.
        var text: String

        /// The reason.
        var description: String { text }
    }
}
