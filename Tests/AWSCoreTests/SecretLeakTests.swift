import AWSCore
import Foundation
import Testing

/// Every credential source with known secrets: no description, dump or error contains them.
@Suite struct SecretLeakTests {
    static let secret = "wJalrXUtnFEMI-SECRET-do-not-print"
    static let token = "IQoJb3JpZ2luX2VjE-TOKEN-do-not-print"
    static let bearer = "aoa-BEARER-do-not-print"
    static let oidc = "eyJ-OIDC-do-not-print"

    /// Every way a value can be rendered.
    static func renderings(_ value: Any) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        return [String(describing: value), String(reflecting: value), "\(value)", dumped]
    }

    /// Records an issue when any rendering of `value` holds a secret.
    static func expectClean(_ value: Any, sourceLocation: SourceLocation = #_sourceLocation) {
        for text in renderings(value) {
            for secret in [Self.secret, Self.token, Self.bearer, Self.oidc] {
                #expect(!text.contains(secret), "leaked in: \(text)", sourceLocation: sourceLocation)
            }
        }
    }

    /// Successful resolutions from every local source render without secrets.
    @Test func resolvedCredentialsNeverRenderSecrets() async throws {
        let test = try TestEnvironment()
        let script = try test.home.write(
            "bin/creds",
            """
            #!/bin/sh
            printf '{"Version": 1, "AccessKeyId": "AKIAPROC", "SecretAccessKey": "\(Self.secret)", "SessionToken": "\(Self.token)"}'
            """, executable: true)
        try test.credentials(
            "[static]\naws_access_key_id = AKIASTATIC\naws_secret_access_key = \(Self.secret)\naws_session_token = \(Self.token)\n"
        )
        try test.config(
            "[profile proc]\ncredential_process = \(script)\n[profile sso]\nsso_start_url = https://s\nsso_region = us-east-1\nsso_account_id = 1\nsso_role_name = R\n"
        )
        try test.home.write(
            ".aws/sso/cache/" + SSOCredentialsTests.cacheName("https://s"),
            #"{"accessToken": "\#(Self.bearer)", "expiresAt": "2027-01-15T10:00:00Z"}"#)
        let portal = HandlerTransport { _ in
            .text(
                200,
                #"{"roleCredentials":{"accessKeyId":"ASIASSO","secretAccessKey":"\#(Self.secret)","sessionToken":"\#(Self.token)","expiration":1800003600000}}"#
            )
        }
        let environmentKeys = [
            "AWS_ACCESS_KEY_ID": "AKIAENV", "AWS_SECRET_ACCESS_KEY": Self.secret, "AWS_SESSION_TOKEN": Self.token
        ]
        var resolved = [
            try await resolve(test.make(environmentKeys)),
            try await resolve(test.make(), profile: "static"),
            try await resolve(test.make(), profile: "proc"),
            try await resolve(test.make(transport: portal), profile: "sso")
        ]
        let cache = DefaultCredentialChain.make(environment: test.make(environmentKeys))
        resolved.append(try await cache.credentials())
        #expect(resolved.allSatisfy { $0.signing.secretAccessKey == Self.secret })
        resolved.forEach { Self.expectClean($0) }
        // What the header, doctor and the snapshot are told about each: source and renewal only.
        resolved.forEach { Self.expectClean(CredentialReport($0)) }
        #expect(
            resolved.map(\.renewal.kind) == [
                .sessionToken(.environment),
                .sessionToken(.file(path: test.home.path + "/.aws/credentials", profile: "static")),
                .automatic, .ssoLogin(profile: "sso"), .sessionToken(.environment)
            ])
        Self.expectClean(resolved[0].signing)
        Self.expectClean(cache)
        Self.expectClean(await cache.source as Any)
        Self.expectClean(await cache.report() as Any)
        Self.expectClean(
            AssumeRoleWithWebIdentityRequest(
                roleARN: "arn:aws:iam::1:role/R", roleSessionName: "s", webIdentityToken: Self.oidc))
    }

    /// Failing sources whose inputs hold secrets produce errors without them.
    @Test func errorsNeverRenderSecrets() async throws {
        let test = try TestEnvironment()
        let failing = try test.home.write(
            "bin/fails",
            """
            #!/bin/sh
            printf '{"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "\(Self.secret)", "SessionToken": "\(Self.token)"}'
            exit 1
            """, executable: true)
        let badJSON = try test.home.write(
            "bin/bad", "#!/bin/sh\necho 'SecretAccessKey: \(Self.secret) SessionToken: \(Self.token)'\n",
            executable: true)
        let noVersion = try test.home.write(
            "bin/noversion",
            """
            #!/bin/sh
            printf '{"AccessKeyId": "A", "SecretAccessKey": "\(Self.secret)", "SessionToken": "\(Self.token)"}'
            """, executable: true)
        try test.config(
            """
            [profile fails]
            credential_process = \(failing)
            [profile bad]
            credential_process = \(badJSON)
            [profile noversion]
            credential_process = \(noVersion)
            [profile half]
            aws_secret_access_key = \(Self.secret)
            [profile sso]
            sso_start_url = https://s
            sso_region = us-east-1
            sso_account_id = 1
            sso_role_name = R
            """)
        try test.home.write(
            ".aws/sso/cache/" + SSOCredentialsTests.cacheName("https://s"),
            #"{"accessToken": "\#(Self.bearer)", "expiresAt": "2020-01-15T10:00:00Z"}"#)
        let oidcFile = try test.home.write("oidc", Self.oidc)
        var errors: [any Error] = []
        for profile in ["fails", "bad", "noversion", "half", "sso"] {
            if let error = await chainError(test.make(), profile: profile) { errors.append(error) }
        }
        // A secret pasted on a line of its own, and one in a broken nested block.
        let broken = try TestEnvironment()
        try broken.credentials("[default]\naws_access_key_id = AKIA\n\(Self.secret)\n")
        if let error = await chainError(broken.make()) { errors.append(error) }
        try broken.credentials("[default]\ns3 =\n  \(Self.token)\n")
        if let error = await chainError(broken.make()) { errors.append(error) }
        do {
            _ = try await RegionResolver(environment: broken.make()).resolve()
        } catch {
            errors.append(error)
        }
        // Web identity refused by STS, and a container endpoint that refuses the token.
        let web = await chainError(
            test.make(["AWS_WEB_IDENTITY_TOKEN_FILE": oidcFile, "AWS_ROLE_ARN": "arn:aws:iam::1:role/W"]),
            sts: UnavailableSTSClient())
        errors += [web].compactMap { $0 }
        let refusing = HandlerTransport { _ in .text(401, "") }
        let container = await chainError(
            test.make(
                [
                    "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://127.0.0.1:1/creds",
                    "AWS_CONTAINER_AUTHORIZATION_TOKEN": Self.bearer
                ], transport: refusing))
        errors += [container].compactMap { $0 }
        #expect(errors.count == 10)
        errors.forEach { Self.expectClean($0) }
    }
}
