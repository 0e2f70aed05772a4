import AWSCore
import Foundation
import TestSupport
import Testing

/// How long each source can renew the credentials it gave, and who must act after that.
@Suite struct CredentialRenewalTests {
    static let keys = ["AWS_ACCESS_KEY_ID": "AKIAENV", "AWS_SECRET_ACCESS_KEY": "env-secret"]

    /// Long-term keys need no renewal; a session token without an expiry has no known end.
    @Test func environmentKeysAndTokens() async throws {
        let test = try TestEnvironment()
        let plain = try await resolve(test.make(Self.keys))
        #expect(plain.renewal == .longTermKeys)
        #expect(plain.expiration == nil)

        let token = try await resolve(test.make(Self.keys.merging(["AWS_SESSION_TOKEN": "env-token"]) { $1 }))
        #expect(token.renewal == CredentialRenewal(kind: .sessionToken(.environment), until: nil))
        #expect(token.renewal.nextCheck == nil, "nothing to look at before AWS refuses it")
    }

    /// `AWS_CREDENTIAL_EXPIRATION` (botocore's variable) ends a session token's renewal; a bad one names the variable.
    @Test func environmentTokenExpiry() async throws {
        let test = try TestEnvironment()
        var variables = Self.keys.merging([
            "AWS_SESSION_TOKEN": "env-token", "AWS_CREDENTIAL_EXPIRATION": "2027-01-15T10:30:00Z"
        ]) { $1 }
        let credentials = try await resolve(test.make(variables))
        let end = Date(timeIntervalSince1970: 1_800_009_000)
        #expect(credentials.expiration == end)
        #expect(credentials.renewal == CredentialRenewal(kind: .sessionToken(.environment), until: end))
        #expect(credentials.renewal.nextCheck == end.addingTimeInterval(-15 * 60))

        variables["AWS_CREDENTIAL_EXPIRATION"] = "half past ten"
        let error = await chainError(test.make(variables))
        #expect(
            error
                == .failed(
                    source: "environment",
                    detail: "AWS_CREDENTIAL_EXPIRATION is not an ISO 8601 time such as 2026-12-05T14:32:00Z"))
    }

    /// A token in the credentials file ends at `x_security_token_expires`; the renewal names file and profile.
    @Test func sharedFileToken() async throws {
        let test = try TestEnvironment()
        try test.credentials(
            """
            [saml]
            aws_access_key_id = ASIAFILE
            aws_secret_access_key = file-secret
            aws_session_token = file-token
            x_security_token_expires = 2027-01-15T09:00:00+00:00
            [keys]
            aws_access_key_id = AKIAFILE
            aws_secret_access_key = file-secret
            [bad]
            aws_access_key_id = ASIAFILE
            aws_secret_access_key = file-secret
            aws_session_token = file-token
            x_security_token_expires = tomorrow
            """)
        let path = test.home.path + "/.aws/credentials"
        let saml = try await resolve(test.make(), profile: "saml")
        #expect(
            saml.renewal
                == CredentialRenewal(
                    kind: .sessionToken(.file(path: path, profile: "saml")),
                    until: Date(timeIntervalSince1970: 1_800_003_600)))
        #expect(saml.expiration == Date(timeIntervalSince1970: 1_800_003_600))
        #expect(try await resolve(test.make(), profile: "keys").renewal == .longTermKeys)
        let error = await chainError(test.make(), profile: "bad")
        #expect(
            error?.description
                == "shared credentials file: profile bad in \(path): x_security_token_expires is not an ISO 8601 time such as 2026-12-05T14:32:00Z"
        )
    }

    /// Sources Flightdeck asks again by itself renew without end: a process, web identity, the container.
    @Test func selfRenewingSources() async throws {
        let test = try TestEnvironment()
        let script = try test.home.write(
            "bin/creds",
            """
            #!/bin/sh
            printf '{"Version": 1, "AccessKeyId": "ASIAPROC", "SecretAccessKey": "s", "SessionToken": "t", "Expiration": "2027-01-15T09:00:00Z"}'
            """, executable: true)
        let tokenFile = try test.home.write("oidc", "oidc-token")
        try test.config("[profile proc]\ncredential_process = \(script)\n")
        #expect(try await resolve(test.make(), profile: "proc").renewal == .automatic)
        let web = try await resolve(
            test.make(["AWS_WEB_IDENTITY_TOKEN_FILE": tokenFile, "AWS_ROLE_ARN": "arn:aws:iam::1:role/W"]))
        #expect(web.renewal == .automatic)
        let container = HandlerTransport { _ in
            .text(
                200,
                #"{"AccessKeyId":"ASIACONT","SecretAccessKey":"s","Token":"t","Expiration":"2027-01-15T09:00:00Z"}"#)
        }
        let fromContainer = try await resolve(
            test.make(["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://127.0.0.1:1/creds"], transport: container))
        #expect(fromContainer.renewal == .automatic)
    }

    /// A legacy SSO login cannot be refreshed: renewal ends with its token.
    @Test func legacySSOEndsWithItsToken() async throws {
        let test = try TestEnvironment()
        try test.config(SSOCredentialsTests.config)
        try test.home.write(
            ".aws/sso/cache/" + SSOCredentialsTests.cacheName("https://legacy.awsapps.com/start"),
            #"{"accessToken": "bearer-2", "expiresAt": "2027-01-15T16:00:00Z"}"#)
        let credentials = try await resolve(
            test.make(transport: SSOCredentialsTests.portal(expectToken: "bearer-2")), profile: "legacy")
        #expect(
            credentials.renewal
                == CredentialRenewal(
                    kind: .ssoLogin(profile: "legacy"), until: Date(timeIntervalSince1970: 1_800_028_800)))
    }

    /// An `sso-session` token that SSO-OIDC can refresh has no known end; the chain looks again when it is due.
    @Test func refreshableSSOSessionHasNoKnownEnd() async throws {
        let test = try TestEnvironment()
        try test.config(SSOCredentialsTests.config)
        _ = try SSOTokenRefreshTests.writeCache(test, minutesLeft: 60)
        let credentials = try await resolve(
            test.make(transport: SSOTokenRefreshTests.peers(portalToken: "bearer-old")), profile: "corp")
        #expect(
            credentials.renewal
                == CredentialRenewal(
                    kind: .ssoLogin(profile: "corp"), until: nil,
                    recheckAt: test.clock.now.addingTimeInterval(45 * 60)))
    }

    /// Refreshed now: the next look is due 15 minutes before the new token runs out.
    @Test func refreshedSSOSessionLooksAgainBeforeTheNewTokenEnds() async throws {
        let test = try TestEnvironment()
        try test.config(SSOCredentialsTests.config)
        _ = try SSOTokenRefreshTests.writeCache(test, minutesLeft: 5)
        let credentials = try await resolve(
            test.make(transport: SSOTokenRefreshTests.peers(portalToken: "bearer-new")), profile: "corp")
        #expect(
            credentials.renewal
                == CredentialRenewal(
                    kind: .ssoLogin(profile: "corp"), until: nil,
                    recheckAt: test.clock.now.addingTimeInterval(45 * 60)))
    }

    /// A refresh refused (the IAM Identity Center session ended) or an expired registration: renewal ends with the token in hand.
    @Test func unrefreshableSSOSessionEndsWithItsToken() async throws {
        let test = try TestEnvironment()
        try test.config(SSOCredentialsTests.config)
        _ = try SSOTokenRefreshTests.writeCache(test, minutesLeft: 10)
        let refused = SSOTokenRefreshTests.peers(token: 400, #"{"error":"invalid_grant"}"#, portalToken: "bearer-old")
        let credentials = try await resolve(test.make(transport: refused), profile: "corp")
        #expect(
            credentials.renewal
                == CredentialRenewal(
                    kind: .ssoLogin(profile: "corp"), until: test.clock.now.addingTimeInterval(10 * 60)))

        _ = try SSOTokenRefreshTests.writeCache(test, minutesLeft: 60, registrationEnds: "2027-01-01T00:00:00Z")
        let expired = try await resolve(
            test.make(transport: SSOTokenRefreshTests.peers(portalToken: "bearer-old")), profile: "corp")
        #expect(expired.renewal.until == test.clock.now.addingTimeInterval(60 * 60))
    }

    /// A role is assumed again while its source lasts: its renewal is the source's; from long-term keys it is automatic.
    @Test func assumedRolesInheritTheirSourcesRenewal() async throws {
        let test = try TestEnvironment()
        try test.config(
            SSOCredentialsTests.config + """

                [profile admin-from-sso]
                role_arn = arn:aws:iam::444455556666:role/Admin
                source_profile = legacy
                [profile keys]
                aws_access_key_id = AKIAKEYS
                aws_secret_access_key = keys-secret
                [profile admin-from-keys]
                role_arn = arn:aws:iam::444455556666:role/Admin
                source_profile = keys
                [profile admin-from-env]
                role_arn = arn:aws:iam::444455556666:role/Admin
                credential_source = Environment
                """)
        try test.home.write(
            ".aws/sso/cache/" + SSOCredentialsTests.cacheName("https://legacy.awsapps.com/start"),
            #"{"accessToken": "bearer-2", "expiresAt": "2027-01-15T16:00:00Z"}"#)
        let portal = SSOCredentialsTests.portal(expectToken: "bearer-2")
        let fromSSO = try await resolve(test.make(transport: portal), profile: "admin-from-sso")
        #expect(
            fromSSO.renewal
                == CredentialRenewal(
                    kind: .ssoLogin(profile: "legacy"), until: Date(timeIntervalSince1970: 1_800_028_800)),
            "the login to renew is the source profile's")
        #expect(try await resolve(test.make(), profile: "admin-from-keys").renewal == .automatic)
        let variables = Self.keys.merging([
            "AWS_SESSION_TOKEN": "env-token", "AWS_CREDENTIAL_EXPIRATION": "2027-01-15T09:00:00Z"
        ]) { $1 }
        let fromEnvironment = try await resolve(test.make(variables), profile: "admin-from-env")
        #expect(
            fromEnvironment.renewal
                == CredentialRenewal(
                    kind: .sessionToken(.environment), until: Date(timeIntervalSince1970: 1_800_003_600)))
    }

    /// botocore reads the same expiry from `AWS_CREDENTIAL_EXPIRATION` in each form a tool writes.
    @Test(.enabled(if: BotocoreOracle.shouldRun)) func environmentExpiryAgreesWithBotocore() async throws {
        let forms = [
            "2027-01-15T10:30:00Z", "2027-01-15T10:30:00+00:00", "2027-01-15T12:30:00+02:00", "2027-01-15T10:30:00.250Z"
        ]
        let script = """
            import sys, os, botocore.credentials
            for line in sys.stdin:
                os.environ.update({"AWS_ACCESS_KEY_ID": "AKIAENV", "AWS_SECRET_ACCESS_KEY": "s", "AWS_SESSION_TOKEN": "t",
                                   "AWS_CREDENTIAL_EXPIRATION": line.strip()})
                creds = botocore.credentials.EnvProvider().load()
                print(creds._expiry_time.timestamp(), flush=True)
            """
        let result = try ProcessRunner.run(
            "python3", ["-c", script], input: Data((forms.joined(separator: "\n") + "\n").utf8))
        try #require(result.status == 0, "botocore: \(result.stderr)")
        let theirs = result.stdout.split(separator: "\n").compactMap { Double($0) }
        try #require(theirs.count == forms.count)
        let test = try TestEnvironment()
        for (form, expected) in zip(forms, theirs) {
            let variables = Self.keys.merging(["AWS_SESSION_TOKEN": "t", "AWS_CREDENTIAL_EXPIRATION": form]) { $1 }
            let ours = try await resolve(test.make(variables))
            #expect(ours.renewal.until?.timeIntervalSince1970 == expected, "\(form)")
        }
    }

    /// A login botocore caches (its `SSOTokenLoader` and `JSONFileCache`, as `aws sso login` does) is
    /// found under the same file name, legacy and `sso-session` alike, and its end read the same.
    @Test(.enabled(if: BotocoreOracle.shouldRun)) func aLoginCachedByBotocoreIsFoundAndItsEndRead() async throws {
        let test = try TestEnvironment()
        try test.config(
            SSOCredentialsTests.config + """

                [profile café]
                sso_session = café-session
                sso_account_id = 111122223333
                sso_role_name = ReadOnly
                [sso-session café-session]
                sso_region = eu-central-1
                sso_start_url = https://corp.awsapps.com/start
                """)
        let script = """
            import sys, botocore.utils
            loader = botocore.utils.SSOTokenLoader(cache=botocore.utils.JSONFileCache(sys.argv[1]))
            loader.save_token("https://legacy.awsapps.com/start", {"accessToken": "bearer-legacy", "expiresAt": "2027-01-15T16:00:00Z"})
            loader.save_token("https://corp.awsapps.com/start", {"accessToken": "bearer-cafe", "expiresAt": "2027-01-15T12:00:00Z"},
                              session_name="café-session")
            """
        let result = try ProcessRunner.run("python3", ["-c", script, test.home.path + "/.aws/sso/cache"])
        try #require(result.status == 0, "botocore: \(result.stderr)")
        let legacy = try await resolve(
            test.make(transport: SSOCredentialsTests.portal(expectToken: "bearer-legacy")), profile: "legacy")
        #expect(legacy.renewal.until == Date(timeIntervalSince1970: 1_800_028_800))
        let session = try await resolve(
            test.make(transport: SSOCredentialsTests.portal(expectToken: "bearer-cafe")), profile: "café")
        #expect(
            session.renewal
                == CredentialRenewal(
                    kind: .ssoLogin(profile: "café"), until: Date(timeIntervalSince1970: 1_800_014_400)),
            "no refresh grant in this cache: the token's end")
    }
}
