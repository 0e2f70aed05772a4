import AWSCore
import AWSServices
import ArgumentParser
import Collectors
import DashboardModel
import DashboardRender
import Foundation

/// `flightdeck whoami`: the account, ARN, region and credential source, never the secret.
struct WhoamiCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whoami",
        abstract: "Show the account, caller ARN, region and which source supplied the credentials."
    )

    @OptionGroup var aws: AWSOptions
    @OptionGroup var config: ConfigOptions

    func run() async throws {
        var aws = aws
        aws.apply(try config.loadStack())
        let wiring = try await Wiring.make(aws)
        defer { wiring.transport.shutdown() }
        let credentials = try await wiring.credentials.credentials()
        guard let client = wiring.clients.regional.first?.client else { throw ExitCode.failure }
        let identity = try await client.send(STS.GetCallerIdentity())
        print("account      \(identity.account)")
        print("arn          \(identity.arn)")
        print("user id      \(identity.userID)")
        print("region       \(wiring.regions.joined(separator: ", "))")
        print("credentials  \(credentials.source) (access key \(credentials.signing.accessKeyID))")
        if let profile = wiring.profile { print("profile      \(profile)") }
        if let expiration = credentials.expiration {
            print("expires      \(expiration.formatted(.iso8601))")
        }
        print(
            "renewal      \(CredentialStatusText.renewal(CredentialStatus(CredentialReport(credentials)), now: Date()))"
        )
    }
}
