import AWSCore
import Foundation
import Testing

/// Environment keys and static profile keys, and how `--profile` and `AWS_PROFILE` choose.
@Suite struct StaticProfileTests {
    static let environmentKeys = ["AWS_ACCESS_KEY_ID": "AKIAENV", "AWS_SECRET_ACCESS_KEY": "env-secret"]

    /// Environment keys come first when no `--profile` is given, even with `AWS_PROFILE`.
    @Test func environmentWinsWithoutProfileOption() async throws {
        let test = try TestEnvironment()
        try test.credentials("[prod]\naws_access_key_id = AKIAPROD\naws_secret_access_key = prod-secret\n")
        var variables = Self.environmentKeys
        variables["AWS_PROFILE"] = "prod"
        let credentials = try await resolve(test.make(variables))
        #expect(credentials.signing.accessKeyID == "AKIAENV")
        #expect(credentials.source == "environment")
    }

    /// `--profile` skips environment keys, as the AWS CLI does.
    @Test func profileOptionSkipsEnvironment() async throws {
        let test = try TestEnvironment()
        try test.credentials(
            "[prod]\naws_access_key_id = AKIAPROD\naws_secret_access_key = prod-secret\naws_session_token = tok\n")
        let credentials = try await resolve(test.make(Self.environmentKeys), profile: "prod")
        #expect(
            credentials.signing == .init(accessKeyID: "AKIAPROD", secretAccessKey: "prod-secret", sessionToken: "tok"))
        #expect(credentials.source == "shared credentials file (profile prod)")
    }

    /// `AWS_PROFILE` picks the profile when the environment has no keys; config-file keys come last.
    @Test func awsProfileAndConfigFileKeys() async throws {
        let test = try TestEnvironment()
        try test.config("[profile dev]\naws_access_key_id = AKIADEV\naws_secret_access_key = dev-secret\n")
        let credentials = try await resolve(test.make(["AWS_PROFILE": "dev"]))
        #expect(credentials.signing.accessKeyID == "AKIADEV")
        #expect(credentials.source == "config file (profile dev)")
    }

    /// A profile named but defined nowhere stops the chain with both paths in the message.
    @Test func missingNamedProfile() async throws {
        let test = try TestEnvironment()
        let error = await chainError(test.make(), profile: "nope")
        #expect(
            error?.description.contains(
                "profile 'nope' is not defined in \(test.home.path)/.aws/config or \(test.home.path)/.aws/credentials")
                == true)
    }

    /// Half a key pair is an error that names the missing key, not the present value.
    @Test func partialKeys() async throws {
        let test = try TestEnvironment()
        try test.credentials("[default]\naws_access_key_id = AKIAHALF\n")
        let error = await chainError(test.make())
        #expect(error?.description.contains("sets aws_access_key_id but not aws_secret_access_key") == true)
    }

    /// A malformed file stops the chain with `path:line`.
    @Test func malformedFile() async throws {
        let test = try TestEnvironment()
        try test.config("[default]\nregion = eu-west-1\n\njust some words\n")
        let error = await chainError(test.make())
        #expect(
            error?.description.contains("\(test.home.path)/.aws/config:4: expected 'key = value' or '[section]'")
                == true)
    }

    /// With nothing configured, the error lists every source and why it had nothing.
    @Test func noneFoundListsEverySource() async throws {
        let test = try TestEnvironment()
        let environment = test.make(["AWS_EC2_METADATA_DISABLED": "false"])
        let error = await chainError(environment)
        guard case let .noneFound(tried) = error else {
            Issue.record("expected noneFound, got \(String(describing: error))")
            return
        }
        let names = tried.flatMap {
            $0.prefix { $0 != ":" }.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        #expect(
            names == [
                "environment", "assume role", "SSO", "shared credentials file", "credential_process", "config file",
                "web identity", "container credentials", "instance metadata"
            ])
        #expect(
            tried[1]
                == "assume role, SSO, shared credentials file, credential_process, config file: no profile default in \(test.home.path)/.aws/config or \(test.home.path)/.aws/credentials"
        )
        #expect(tried.last?.contains("no instance metadata service at http://169.254.169.254") == true)
        #expect(error?.description.hasPrefix("no AWS credentials found; tried:\n  - environment: ") == true)
    }
}
