import AWSCore
import Foundation
import Testing

/// `CredentialCache` looks at a login that is about to end, and picks up a new one without a restart.
@Suite struct CredentialRenewalCacheTests {
    /// A portal accepting `tokens`, whose role credentials live `lifetime` seconds from the clock's now.
    static func portal(accepting tokens: Set<String>, clock: TestClock, lifetime: TimeInterval) -> HandlerTransport {
        HandlerTransport { request in
            guard let token = request.header("x-amz-sso_bearer_token"), tokens.contains(token) else {
                return .text(401, #"{"message":"Unauthorized"}"#)
            }
            let expiration = Int64((clock.now.timeIntervalSince1970 + lifetime) * 1000)
            return .text(
                200,
                #"{"roleCredentials":{"accessKeyId":"ASIA-\#(token)","secretAccessKey":"s","sessionToken":"t","expiration":\#(expiration)}}"#
            )
        }
    }

    /// Writes the legacy profile's token cache, ending `minutes` after the clock's now.
    @discardableResult
    static func login(_ test: TestEnvironment, token: String, minutes: Double) throws -> String {
        let expiresAt = Timestamps.formatISO8601(test.clock.now.addingTimeInterval(minutes * 60))
        return try test.home.write(
            ".aws/sso/cache/" + SSOCredentialsTests.cacheName("https://legacy.awsapps.com/start"),
            #"{"accessToken": "\#(token)", "expiresAt": "\#(expiresAt)"}"#)
    }

    /// 15 minutes before the login ends the portal is asked again every 30 s (the role credentials
    /// still have hours); a new login written meanwhile is picked up and moves the end.
    @Test func aLoginAboutToEndIsLookedAtAndANewOneIsPickedUp() async throws {
        let test = try TestEnvironment()
        try test.config(SSOCredentialsTests.config)
        try Self.login(test, token: "bearer-1", minutes: 20)
        let portal = Self.portal(accepting: ["bearer-1", "bearer-2"], clock: test.clock, lifetime: 12 * 3600)
        let cache = DefaultCredentialChain.make(environment: test.make(transport: portal), profileOption: "legacy")
        let start = test.clock.now

        #expect(try await cache.credentials().signing.accessKeyID == "ASIA-bearer-1")
        #expect(
            await cache.report()?.renewal
                == CredentialRenewal(kind: .ssoLogin(profile: "legacy"), until: start + 20 * 60))
        test.clock.advance(4 * 60)
        _ = try await cache.credentials()
        #expect(portal.requests.count == 1, "not due yet: the end is 16 minutes away")

        test.clock.advance(2 * 60)
        _ = try await cache.credentials()
        await cache.settle()
        #expect(portal.requests.count == 2, "the portal was asked again: the end is 14 minutes away")
        _ = try await cache.credentials()
        #expect(portal.requests.count == 2, "looked at again after 30 s, not on every call")

        try Self.login(test, token: "bearer-2", minutes: 8 * 60)
        let newEnd = test.clock.now + 8 * 3600
        test.clock.advance(31)
        _ = try await cache.credentials()
        await cache.settle()
        #expect(portal.requests.count == 3)
        #expect(try await cache.credentials().signing.accessKeyID == "ASIA-bearer-2")
        #expect(await cache.report()?.renewal.until == newEnd)
        test.clock.advance(60)
        _ = try await cache.credentials()
        #expect(portal.requests.count == 3, "the new login is hours from its end: nothing to look at")
    }

    /// Past the login's end the credentials in hand keep signing; the report keeps the end that passed.
    @Test func pastTheEndTheCredentialsInHandStay() async throws {
        let test = try TestEnvironment()
        try test.config(SSOCredentialsTests.config)
        try Self.login(test, token: "bearer-1", minutes: 20)
        let portal = Self.portal(accepting: ["bearer-1"], clock: test.clock, lifetime: 12 * 3600)
        let cache = DefaultCredentialChain.make(environment: test.make(transport: portal), profileOption: "legacy")
        let start = test.clock.now
        _ = try await cache.credentials()
        test.clock.advance(25 * 60)
        #expect(try await cache.credentials().signing.accessKeyID == "ASIA-bearer-1")
        await cache.settle()
        #expect(
            try await cache.credentials().signing.accessKeyID == "ASIA-bearer-1",
            "the failed look keeps what still signs")
        #expect(await cache.report()?.renewal.until == start + 20 * 60)
        #expect(portal.requests.count == 1, "an expired token is not sent to the portal")
    }

    /// Once the credentials in hand have expired too, a call fails saying what to run; the next
    /// call after `aws sso login` wrote a new token succeeds, with no restart.
    @Test func aNewLoginIsPickedUpByTheNextCallAfterTheCredentialsExpired() async throws {
        let test = try TestEnvironment()
        try test.config(SSOCredentialsTests.config)
        try Self.login(test, token: "bearer-1", minutes: 20)
        let portal = Self.portal(accepting: ["bearer-1", "bearer-2"], clock: test.clock, lifetime: 30 * 60)
        let cache = DefaultCredentialChain.make(environment: test.make(transport: portal), profileOption: "legacy")
        _ = try await cache.credentials()
        test.clock.advance(31 * 60)
        do {
            _ = try await cache.credentials()
            Issue.record("expected the expired login to fail")
        } catch {
            #expect("\(error)".contains("run 'aws sso login --profile legacy'"), "\(error)")
        }
        try Self.login(test, token: "bearer-2", minutes: 60)
        #expect(try await cache.credentials().signing.accessKeyID == "ASIA-bearer-2")
        #expect(await cache.report()?.renewal.until == test.clock.now + 60 * 60)
    }

    /// Automatic and long-term sources are never asked again for their renewal's sake.
    @Test func sourcesWithoutAnEndAreNotLookedAt() async throws {
        let test = try TestEnvironment()
        try test.credentials("[default]\naws_access_key_id = AKIAFILE\naws_secret_access_key = s\n")
        let cache = DefaultCredentialChain.make(environment: test.make())
        _ = try await cache.credentials()
        test.clock.advance(48 * 3600)
        _ = try await cache.credentials()
        #expect(await cache.isRefreshing == false)
        #expect(
            await cache.report()
                == CredentialReport(
                    source: "shared credentials file (profile default)", expiration: nil, renewal: .longTermKeys))
    }
}
