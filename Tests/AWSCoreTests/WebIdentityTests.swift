import AWSCore
import Testing

/// `AssumeRoleWithWebIdentity` from the environment or a profile.
@Suite struct WebIdentityTests {
    /// The environment's token file and role, read fresh; the token is sent, never printed.
    @Test func fromEnvironment() async throws {
        let test = try TestEnvironment()
        let token = try test.home.write("token", "eyJ-oidc-token\n")
        let sts = RecordingSTS()
        let credentials = try await resolve(
            test.make([
                "AWS_WEB_IDENTITY_TOKEN_FILE": token, "AWS_ROLE_ARN": "arn:aws:iam::1:role/Pod",
                "AWS_ROLE_SESSION_NAME": "pod-1", "AWS_REGION": "eu-north-1"
            ]), sts: sts)
        #expect(credentials.signing.accessKeyID == "ASIAWEB1")
        #expect(credentials.source == "web identity (arn:aws:iam::1:role/Pod)")
        let request = try #require(sts.webCalls.first)
        #expect(
            request
                == AssumeRoleWithWebIdentityRequest(
                    roleARN: "arn:aws:iam::1:role/Pod", roleSessionName: "pod-1",
                    webIdentityToken: "eyJ-oidc-token", region: "eu-north-1"))
        #expect(!request.description.contains("eyJ-oidc-token"))
    }

    /// A profile's `web_identity_token_file` with `role_arn` is web identity, not AssumeRole.
    @Test func fromProfile() async throws {
        let test = try TestEnvironment()
        let token = try test.home.write("token", "tok")
        try test.config("[profile k8s]\nrole_arn = arn:aws:iam::1:role/K\nweb_identity_token_file = \(token)\n")
        let sts = RecordingSTS()
        #expect(try await resolve(test.make(), profile: "k8s", sts: sts).signing.accessKeyID == "ASIAWEB1")
        #expect(sts.roleCalls.isEmpty)
    }

    /// A token file without a role, or a missing token file, stops the chain.
    @Test func misconfigured() async throws {
        let test = try TestEnvironment()
        let noRole = await chainError(test.make(["AWS_WEB_IDENTITY_TOKEN_FILE": "/nonexistent/token"]))
        #expect(noRole?.description.contains("no role ARN") == true)
        let noFile = await chainError(
            test.make(["AWS_WEB_IDENTITY_TOKEN_FILE": "/nonexistent/token", "AWS_ROLE_ARN": "arn:aws:iam::1:role/R"]))
        #expect(noFile?.description.contains("the token file /nonexistent/token does not exist") == true)
    }
}
