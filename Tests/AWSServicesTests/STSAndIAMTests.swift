import AWSCore
import AWSServices
import Foundation
import TestSupport
import Testing

@Suite struct STSAndIAMTests {
    @Test func decodesCallerIdentity() throws {
        let identity = try Fixture.decode(STS.GetCallerIdentity(), "STS/GetCallerIdentity.xml")
        #expect(identity.account == "123456789012")
        #expect(identity.arn.hasPrefix("arn:aws:"))
        #expect(!identity.userID.isEmpty)
    }

    @Test func decodesAssumedCredentialsWithoutShowingThem() throws {
        let operation = STS.AssumeRole(
            roleARN: "arn:aws:iam::123456789012:role/launch", sessionName: "flightdeck",
            durationSeconds: 900)
        #expect(
            try formParameters(operation) == [
                "Action": "AssumeRole", "Version": "2011-06-15",
                "RoleArn": "arn:aws:iam::123456789012:role/launch",
                "RoleSessionName": "flightdeck", "DurationSeconds": "900"
            ])
        let credentials = try Fixture.decode(operation, "STS/AssumeRole.xml")
        #expect(credentials.signing.accessKeyID.hasPrefix("ASIA"))
        #expect(credentials.signing.secretAccessKey == "REDACTED-SECRETACCESSKEY")
        #expect(credentials.signing.sessionToken == "REDACTED-SESSIONTOKEN")
        #expect(credentials.assumedRoleARN == "arn:aws:sts::123456789012:assumed-role/launch/flightdeck")
        let text =
            "\(credentials) \(String(reflecting: credentials)) \(credentials.awsCredentials(source: "assume-role"))"
        #expect(!text.contains("REDACTED-SECRETACCESSKEY"))
        #expect(!text.contains("REDACTED-SESSIONTOKEN"))
        #expect(credentials.awsCredentials(source: "assume-role").expiration == credentials.expiration)
    }

    @Test func webIdentityIsSentUnsigned() async throws {
        let fixture = try Fixture("STS/AssumeRoleWithWebIdentity.xml")
        let transport = ScriptedTransport([.respond(fixture.response)])
        let client = AWSClient(
            endpoints: EndpointResolver(region: "eu-west-1", environment: [:]),
            credentials: CountingCredentialProvider(), transport: transport)
        let operation = STS.AssumeRoleWithWebIdentity(
            roleARN: "arn:aws:iam::123456789012:role/launch",
            sessionName: "flightdeck", webIdentityToken: "eyJ.token")
        let credentials = try await client.send(operation)
        #expect(credentials.signing.accessKeyID.hasPrefix("ASIA"))
        let request = try #require(transport.requests.first)
        #expect(request.header("Authorization") == nil)
        #expect(request.url.absoluteString == "https://sts.eu-west-1.amazonaws.com/")
    }

    @Test func listsAccountAliases() throws {
        #expect(try Fixture.decode(IAM.ListAccountAliases(), "IAM/ListAccountAliases.xml").aliases == ["launch-day"])
        let empty = try Fixture.decode(IAM.ListAccountAliases(), "IAM/ListAccountAliases-empty.xml")
        #expect(empty.aliases.isEmpty)
        #expect(empty.marker == nil)
    }
}
