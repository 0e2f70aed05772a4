import AWSCore
import Foundation
import Testing

/// SSO-OIDC refresh of a `sso-session` token that is about to run out, written back to the cache.
@Suite struct SSOTokenRefreshTests {
    /// The secrets of the cache; none may appear in an error.
    static let secrets = ["bearer-old", "refresh-1", "client-secret-1", "bearer-new", "refresh-2"]

    /// A cache for `corp-session` whose token ends `minutes` after the test clock's now.
    static func writeCache(
        _ test: TestEnvironment, minutesLeft minutes: Double, registrationEnds: String = "2027-04-15T08:00:00Z",
        refresh: Bool = true, key: String = "corp-session"
    ) throws -> String {
        let expiresAt = Timestamps.formatISO8601(test.clock.now.addingTimeInterval(minutes * 60))
        var fields =
            #""accessToken": "bearer-old", "expiresAt": "\#(expiresAt)", "region": "eu-central-1", "startUrl": "https://corp.awsapps.com/start""#
        if refresh {
            fields +=
                #", "refreshToken": "refresh-1", "clientId": "client-1", "clientSecret": "client-secret-1", "registrationExpiresAt": "\#(registrationEnds)""#
        }
        return try test.home.write(".aws/sso/cache/" + SSOCredentialsTests.cacheName(key), "{\(fields)}")
    }

    /// SSO-OIDC answering `token` with `status` and `body`; the portal accepts `portalToken`.
    static func peers(
        token status: Int = 200,
        _ body: String =
            #"{"accessToken":"bearer-new","expiresIn":3600,"refreshToken":"refresh-2","tokenType":"Bearer"}"#,
        portalToken: String
    ) -> HandlerTransport {
        HandlerTransport { request in
            if request.url.path == "/token" { return .text(status, body) }
            guard request.header("x-amz-sso_bearer_token") == portalToken else {
                return .text(401, #"{"message":"Unauthorized"}"#)
            }
            return .text(
                200,
                #"{"roleCredentials":{"accessKeyId":"ASIASSO","secretAccessKey":"sso-secret","sessionToken":"sso-token","expiration":1800003600000}}"#
            )
        }
    }

    static func cache(_ path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func aTokenWithFiveMinutesLeftIsRefreshedAndWrittenBack() async throws {
        let test = try TestEnvironment()
        try test.config(SSOCredentialsTests.config)
        let path = try Self.writeCache(test, minutesLeft: 5)
        let transport = Self.peers(portalToken: "bearer-new")
        let credentials = try await resolve(test.make(transport: transport), profile: "corp")
        #expect(credentials.signing.accessKeyID == "ASIASSO", "the portal was asked with the new token")

        let token = try #require(transport.requests.first)
        #expect(token.method == "POST" && token.url.absoluteString == "https://oidc.eu-central-1.amazonaws.com/token")
        #expect(token.header("Content-Type") == "application/json")
        let body = try #require(try JSONSerialization.jsonObject(with: Data(token.body)) as? [String: String])
        #expect(
            body == [
                "clientId": "client-1", "clientSecret": "client-secret-1", "grantType": "refresh_token",
                "refreshToken": "refresh-1"
            ])

        let written = try Self.cache(path)
        #expect(written["accessToken"] as? String == "bearer-new")
        #expect(written["expiresAt"] as? String == Timestamps.formatISO8601(test.clock.now.addingTimeInterval(3600)))
        #expect(written["refreshToken"] as? String == "refresh-2", "a rotated refresh token is kept")
        #expect(
            written["clientSecret"] as? String == "client-secret-1"
                && written["startUrl"] as? String == "https://corp.awsapps.com/start",
            "the CLI's other fields stay")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    /// botocore, a second implementation, serializes the same CreateToken call the same way, unsigned.
    @Test(.enabled(if: requiresTool("python3"))) func theRefreshRequestIsTheOneBotocoreWouldSend() async throws {
        let test = try TestEnvironment()
        try test.config(SSOCredentialsTests.config)
        _ = try Self.writeCache(test, minutesLeft: 5)
        let transport = Self.peers(portalToken: "bearer-new")
        _ = try await resolve(test.make(transport: transport), profile: "corp")
        let ours = try #require(transport.requests.first)
        let sent = try #require(try JSONSerialization.jsonObject(with: Data(ours.body)) as? [String: String])

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", fixturesDirectory + "/botocore_create_token.py"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(ours.body))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "botocore could not serialize CreateToken; is botocore installed?")
        let theirs = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(theirs["method"] as? String == ours.method)
        #expect(theirs["path"] as? String == ours.url.path)
        #expect(theirs["contentType"] as? String == ours.header("Content-Type"))
        #expect(theirs["body"] as? [String: String] == sent)
        #expect(theirs["auth"] as? String == "none", "CreateToken is not signed")
        #expect(ours.header("Authorization") == nil)
    }

    @Test func aTokenWithAnHourLeftIsUsedAsItIs() async throws {
        let test = try TestEnvironment()
        try test.config(SSOCredentialsTests.config)
        _ = try Self.writeCache(test, minutesLeft: 60)
        let transport = Self.peers(portalToken: "bearer-old")
        _ = try await resolve(test.make(transport: transport), profile: "corp")
        #expect(transport.requests.map(\.url.path) == ["/federation/credentials"])
    }

    @Test func aFailedRefreshOfAStillValidTokenFallsBackToIt() async throws {
        let test = try TestEnvironment()
        try test.config(SSOCredentialsTests.config)
        let path = try Self.writeCache(test, minutesLeft: 5)
        let before = try String(contentsOfFile: path, encoding: .utf8)
        let transport = Self.peers(token: 500, #"{"error":"server_error"}"#, portalToken: "bearer-old")
        let credentials = try await resolve(test.make(transport: transport), profile: "corp")
        #expect(credentials.signing.accessKeyID == "ASIASSO")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == before, "the cache is untouched")
    }

    @Test func anExpiredTokenWhoseRefreshIsRefusedAsksForALoginWithoutSecrets() async throws {
        let test = try TestEnvironment()
        try test.config(SSOCredentialsTests.config)
        _ = try Self.writeCache(test, minutesLeft: -1)
        let transport = Self.peers(
            token: 400, #"{"error":"invalid_grant","error_description":"Invalid refresh token provided"}"#,
            portalToken: "x")
        let text = await chainError(test.make(transport: transport), profile: "corp")?.description ?? ""
        #expect(
            text.contains(
                "the SSO session expired at 2027-01-15T07:59:00Z; refreshing it failed: CreateToken answered HTTP 400 (invalid_grant); run 'aws sso login --profile corp'"
            ), "\(text)")
        for secret in Self.secrets { #expect(!text.contains(secret)) }
    }

    @Test func noRefreshWithoutAGrantAnExpiredRegistrationOrForALegacyProfile() async throws {
        // Each case on its own environment, so one cache never answers for another.
        for (refresh, registration, key, profile) in [
            (false, "2027-04-15T08:00:00Z", "corp-session", "corp"),
            (true, "2027-01-01T00:00:00Z", "corp-session", "corp"),
            (true, "2027-04-15T08:00:00Z", "https://legacy.awsapps.com/start", "legacy")
        ] {
            let single = try TestEnvironment()
            try single.config(SSOCredentialsTests.config)
            _ = try Self.writeCache(single, minutesLeft: -1, registrationEnds: registration, refresh: refresh, key: key)
            let transport = Self.peers(portalToken: "bearer-new")
            let text = await chainError(single.make(transport: transport), profile: profile)?.description ?? ""
            #expect(
                text.contains("the SSO session expired at") && !text.contains("refreshing it failed"),
                "\(profile): \(text)")
            #expect(transport.requests.isEmpty, "\(profile): no call was made")
        }
    }
}
