import AWSCore
import AWSServices
import AWSSigV4
import CurlTransport
import Foundation
import TestSupport
import Testing

/// The credential chain's role sources against STS served by moto.
@Suite(.enabled(if: MotoServer.shouldRun, "needs moto_server (required under CI=true)"))
struct STSCredentialsServiceTests {
    /// `AssumeRole` signed with a profile's static keys, through the default chain.
    @Test func assumeRoleThroughTheChain() async throws {
        let moto = try await MotoServer.start()
        defer { moto.stop() }
        let home = try makeHome(
            config: """
                [profile base]
                aws_access_key_id = AKIAIOSFODNN7EXAMPLE
                aws_secret_access_key = base-secret
                [profile admin]
                role_arn = arn:aws:iam::123456789012:role/Admin
                source_profile = base
                external_id = ext-1
                duration_seconds = 900
                role_session_name = launch
                region = eu-west-1
                """)
        let variables = ["AWS_ENDPOINT_URL_STS": moto.endpoint.absoluteString, "AWS_EC2_METADATA_DISABLED": "true"]
        let transport = CurlTransport()
        let environment = AWSEnvironment(variables: variables, homeDirectory: home, transport: transport)
        let chain = DefaultCredentialChain.make(
            environment: environment, profileOption: "admin",
            sts: STSCredentialsService(transport: transport, environment: variables))
        let credentials = try await chain.credentials()
        #expect(credentials.signing.accessKeyID.hasPrefix("ASIA"))
        #expect(credentials.signing.sessionToken?.isEmpty == false)
        #expect((credentials.expiration ?? .distantPast) > Date())
        #expect(credentials.source.hasPrefix("assume role arn:aws:iam::123456789012:role/Admin (profile admin"))
        #expect(await chain.source == credentials.source)
    }

    /// `AssumeRoleWithWebIdentity`, unsigned, from the environment's token file.
    @Test func webIdentityThroughTheChain() async throws {
        let moto = try await MotoServer.start()
        defer { moto.stop() }
        let home = try makeHome(config: "")
        let tokenFile = home + "/token"
        try Data("eyJhbGciOiJSUzI1NiJ9.e30.c2ln".utf8).write(to: URL(fileURLWithPath: tokenFile))
        let variables = [
            "AWS_ENDPOINT_URL_STS": moto.endpoint.absoluteString, "AWS_EC2_METADATA_DISABLED": "true",
            "AWS_WEB_IDENTITY_TOKEN_FILE": tokenFile, "AWS_ROLE_ARN": "arn:aws:iam::123456789012:role/Pod",
            "AWS_REGION": "us-west-2"
        ]
        let transport = CurlTransport()
        let environment = AWSEnvironment(variables: variables, homeDirectory: home, transport: transport)
        let credentials = try await DefaultCredentialChain.make(
            environment: environment, sts: STSCredentialsService(transport: transport, environment: variables)
        ).credentials()
        #expect(credentials.signing.accessKeyID.hasPrefix("ASIA"))
        #expect(credentials.source == "web identity (arn:aws:iam::123456789012:role/Pod)")
    }

    /// A fresh home directory holding `~/.aws/config`.
    private func makeHome(config: String) throws -> String {
        let home = NSTemporaryDirectory() + "flightdeck-sts-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home + "/.aws", withIntermediateDirectories: true)
        try Data(config.utf8).write(to: URL(fileURLWithPath: home + "/.aws/config"))
        return home
    }
}
