import AWSCore
import Crypto
import Foundation
import Testing

/// SSO: the token cache `aws sso login` leaves, then the portal's GetRoleCredentials.
@Suite struct SSOCredentialsTests {
    static let config = """
        [profile corp]
        sso_session = corp-session
        sso_account_id = 111122223333
        sso_role_name = ReadOnly
        region = eu-west-1
        [sso-session corp-session]
        sso_region = eu-central-1
        sso_start_url = https://corp.awsapps.com/start
        [profile legacy]
        sso_start_url = https://legacy.awsapps.com/start
        sso_region = us-east-1
        sso_account_id = 444455556666
        sso_role_name = Admin
        """

    /// The cache file name: sha1 of `key`, hex.
    static func cacheName(_ key: String) -> String {
        Insecure.SHA1.hash(data: Data(key.utf8)).map { String(format: "%02x", $0) }.joined() + ".json"
    }

    /// A portal that checks the bearer token and the query, and answers role credentials.
    static func portal(expectToken: String) -> HandlerTransport {
        HandlerTransport { request in
            guard request.header("x-amz-sso_bearer_token") == expectToken else {
                return .text(401, #"{"message":"Unauthorized"}"#)
            }
            return .text(
                200,
                #"{"roleCredentials":{"accessKeyId":"ASIASSO","secretAccessKey":"sso-secret","sessionToken":"sso-token","expiration":1800003600000}}"#
            )
        }
    }

    /// `sso_session` profiles read the cache keyed by the session name and call the session's region.
    @Test func ssoSession() async throws {
        let test = try TestEnvironment()
        try test.config(Self.config)
        try test.home.write(
            ".aws/sso/cache/" + Self.cacheName("corp-session"),
            #"{"accessToken": "bearer-1", "expiresAt": "2027-01-15T10:00:00Z", "region": "eu-central-1"}"#)
        let transport = Self.portal(expectToken: "bearer-1")
        let credentials = try await resolve(test.make(transport: transport), profile: "corp")
        #expect(
            credentials.signing
                == .init(accessKeyID: "ASIASSO", secretAccessKey: "sso-secret", sessionToken: "sso-token"))
        #expect(credentials.expiration == Date(timeIntervalSince1970: 1_800_003_600))
        #expect(credentials.source == "SSO (profile corp, role ReadOnly in 111122223333)")
        let url = try #require(transport.requests.first?.url.absoluteString)
        #expect(
            url
                == "https://portal.sso.eu-central-1.amazonaws.com/federation/credentials?role_name=ReadOnly&account_id=111122223333"
        )
    }

    /// Legacy profiles key the cache by the start URL; `AWS_ENDPOINT_URL_SSO` overrides the portal.
    @Test func legacyStartURL() async throws {
        let test = try TestEnvironment()
        try test.config(Self.config)
        try test.home.write(
            ".aws/sso/cache/" + Self.cacheName("https://legacy.awsapps.com/start"),
            #"{"accessToken": "bearer-2", "expiresAt": "2027-01-15T10:00:00UTC"}"#)
        let transport = Self.portal(expectToken: "bearer-2")
        let credentials = try await resolve(
            test.make(["AWS_ENDPOINT_URL_SSO": "http://127.0.0.1:9/"], transport: transport),
            profile: "legacy")
        #expect(credentials.signing.accessKeyID == "ASIASSO")
        #expect(
            transport.requests.first?.url.absoluteString.hasPrefix("http://127.0.0.1:9/federation/credentials?") == true
        )
    }

    /// An expired, missing or rejected token tells the user to log in again.
    @Test func expiredMissingRejected() async throws {
        let test = try TestEnvironment()
        try test.config(Self.config)
        let path = try test.home.write(
            ".aws/sso/cache/" + Self.cacheName("corp-session"),
            #"{"accessToken": "bearer-old", "expiresAt": "2020-01-01T00:00:00Z"}"#)
        let expired = await chainError(test.make(transport: Self.portal(expectToken: "x")), profile: "corp")
        #expect(
            expired?.description.contains(
                "the SSO session expired at 2020-01-01T00:00:00Z; run 'aws sso login --profile corp'") == true)
        try FileManager.default.removeItem(atPath: path)
        let missing = await chainError(test.make(), profile: "corp")
        #expect(missing?.description.contains("no cached SSO token at \(path)") == true)
        try test.home.write(
            ".aws/sso/cache/" + Self.cacheName("corp-session"),
            #"{"accessToken": "bearer-revoked", "expiresAt": "2027-01-15T10:00:00Z"}"#)
        let rejected = await chainError(test.make(transport: Self.portal(expectToken: "other")), profile: "corp")
        #expect(rejected?.description.contains("rejected the cached token (HTTP 401)") == true)
        #expect(rejected?.description.contains("bearer-revoked") == false)
    }

    /// A profile naming an undefined sso-session, or missing keys, says which.
    @Test func misconfigured() async throws {
        let test = try TestEnvironment()
        try test.config(
            "[profile a]\nsso_session = ghost\n[profile b]\nsso_start_url = https://x\nsso_region = us-east-1\n")
        #expect(await chainError(test.make(), profile: "a")?.description.contains("has no [sso-session ghost]") == true)
        #expect(
            await chainError(test.make(), profile: "b")?.description.contains(
                "is missing sso_account_id, sso_role_name") == true)
    }
}
