import AWSCore
import Testing

/// `role_arn` with `source_profile` or `credential_source`, chained roles and cycles.
@Suite struct AssumeRoleTests {
    /// A role from static source keys, with every option passed to STS.
    @Test func sourceProfileWithOptions() async throws {
        let test = try TestEnvironment()
        try test.credentials("[base]\naws_access_key_id = AKIABASE\naws_secret_access_key = base-secret\n")
        try test.config(
            """
            [profile admin]
            role_arn = arn:aws:iam::123456789012:role/Admin
            source_profile = base
            external_id = ext-42
            role_session_name = launch-day
            duration_seconds = 1800
            region = ap-southeast-2
            """)
        let sts = RecordingSTS()
        let credentials = try await resolve(test.make(), profile: "admin", sts: sts)
        #expect(credentials.signing.accessKeyID == "ASIAROLE1")
        #expect(
            sts.roleCalls == [
                .init(
                    request: AssumeRoleRequest(
                        roleARN: "arn:aws:iam::123456789012:role/Admin",
                        roleSessionName: "launch-day", externalID: "ext-42",
                        durationSeconds: 1800, region: "ap-southeast-2"),
                    sourceKeyID: "AKIABASE")
            ])
        #expect(
            credentials.source
                == "assume role arn:aws:iam::123456789012:role/Admin (profile admin, from shared credentials file (profile base))"
        )
    }

    /// A role whose source profile has a role of its own assumes both, inner first.
    @Test func chainedRoles() async throws {
        let test = try TestEnvironment()
        try test.config(
            """
            [profile base]
            aws_access_key_id = AKIABASE
            aws_secret_access_key = base-secret
            [profile hop]
            role_arn = arn:aws:iam::111111111111:role/Hop
            source_profile = base
            [profile target]
            role_arn = arn:aws:iam::222222222222:role/Target
            source_profile = hop
            """)
        let sts = RecordingSTS()
        let credentials = try await resolve(test.make(), profile: "target", sts: sts)
        #expect(
            sts.roleCalls.map(\.request.roleARN) == [
                "arn:aws:iam::111111111111:role/Hop", "arn:aws:iam::222222222222:role/Target"
            ])
        #expect(sts.roleCalls.map(\.sourceKeyID) == ["AKIABASE", "ASIAROLE1"])
        #expect(credentials.signing.accessKeyID == "ASIAROLE2")
        #expect(sts.roleCalls[0].request.roleSessionName.hasPrefix("flightdeck-"))
    }

    /// A profile may name itself as source when it holds static keys; other cycles are errors.
    @Test func selfReferenceAndCycles() async throws {
        let test = try TestEnvironment()
        try test.config(
            """
            [profile self]
            role_arn = arn:aws:iam::1:role/Self
            source_profile = self
            aws_access_key_id = AKIASELF
            aws_secret_access_key = self-secret
            [profile a]
            role_arn = arn:aws:iam::1:role/A
            source_profile = b
            [profile b]
            role_arn = arn:aws:iam::1:role/B
            source_profile = a
            """)
        let sts = RecordingSTS()
        #expect(try await resolve(test.make(), profile: "self", sts: sts).signing.accessKeyID == "ASIAROLE1")
        #expect(sts.roleCalls.first?.sourceKeyID == "AKIASELF")
        let error = await chainError(test.make(), profile: "a")
        #expect(error?.description.contains("source_profile cycle: a → b → a") == true)
    }

    /// `credential_source = Environment` uses the environment's keys even with `--profile`.
    @Test func credentialSourceEnvironment() async throws {
        let test = try TestEnvironment()
        try test.config("[profile ci]\nrole_arn = arn:aws:iam::1:role/CI\ncredential_source = Environment\n")
        let sts = RecordingSTS()
        let environment = test.make(["AWS_ACCESS_KEY_ID": "AKIAENV", "AWS_SECRET_ACCESS_KEY": "env-secret"])
        #expect(try await resolve(environment, profile: "ci", sts: sts).signing.accessKeyID == "ASIAROLE1")
        #expect(sts.roleCalls.first?.sourceKeyID == "AKIAENV")
        let empty = await chainError(test.make(), profile: "ci")
        #expect(empty?.description.contains("credential_source Environment has no credentials") == true)
    }

    /// MFA, bad sources and bad durations are explained.
    @Test(arguments: [
        (
            "role_arn = arn:aws:iam::1:role/M\nsource_profile = base\nmfa_serial = arn:aws:iam::1:mfa/me",
            "MFA-protected roles are not supported"
        ),
        (
            "role_arn = arn:aws:iam::1:role/X\ncredential_source = Laptop",
            "credential_source Laptop is not one of Environment, Ec2InstanceMetadata, EcsContainer"
        ),
        ("role_arn = arn:aws:iam::1:role/X", "sets role_arn but neither source_profile nor credential_source"),
        (
            "role_arn = arn:aws:iam::1:role/X\nsource_profile = base\ncredential_source = Environment",
            "sets both source_profile and credential_source"
        ),
        (
            "role_arn = arn:aws:iam::1:role/X\nsource_profile = ghost",
            "source_profile ghost of profile p is not defined"
        ),
        (
            "role_arn = arn:aws:iam::1:role/X\nsource_profile = empty",
            "source_profile empty of profile p has no credentials"
        ),
        (
            "role_arn = arn:aws:iam::1:role/X\nsource_profile = base\nduration_seconds = an hour",
            "duration_seconds must be a whole number"
        )
    ])
    func misconfigured(profile: String, message: String) async throws {
        let test = try TestEnvironment()
        try test.config(
            "[profile base]\naws_access_key_id = A\naws_secret_access_key = S\n[profile empty]\nregion = x\n[profile p]\n\(profile)\n"
        )
        let error = await chainError(test.make(), profile: "p")
        #expect(error?.description.contains(message) == true, "\(String(describing: error))")
    }

    /// Without a wired STS client the error says so.
    @Test func unavailableSTS() async throws {
        let test = try TestEnvironment()
        try test.config(
            "[profile base]\naws_access_key_id = A\naws_secret_access_key = S\n[profile p]\nrole_arn = arn:aws:iam::1:role/X\nsource_profile = base\n"
        )
        let error = await chainError(test.make(), profile: "p", sts: UnavailableSTSClient())
        #expect(error?.description.contains("no STS client is wired into this build") == true)
    }
}
