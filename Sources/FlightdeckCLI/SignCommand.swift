import AWSCore
import AWSSigV4
import ArgumentParser
import FlightdeckPlatform
import Foundation

/// `flightdeck sign`: signs one raw HTTP request read on stdin and prints its Authorization value.
struct SignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Sign a raw HTTP/1.1 request read on stdin; print the Authorization header value.",
        discussion: """
            Reads a request in the format of AWS's SigV4 test suite (.req files), signs it with the
            credentials of the usual chain, and prints the Authorization value alone. With --verbose the
            canonical request and the string to sign go to stderr, to compare with what a server expects.
            """
    )

    @Option(help: "The service's signing name, e.g. autoscaling, monitoring, cloudfront.")
    var service: String

    @Option(help: "The region of the credential scope.")
    var region: String

    @Option(help: "The signing time as yyyyMMddTHHmmssZ (default: now, or the request's X-Amz-Date).")
    var date: String?

    @Option(help: "The profile to take credentials from.")
    var profile: String?

    @Flag(help: "Print the canonical request and the string to sign on stderr.")
    var verbose = false

    func run() async throws {
        let input = FileHandle.standardInput.readDataToEndOfFile()
        let request: SigningRequest
        do {
            request = try RawRequestParser.parse(Array(input))
        } catch let error as RawRequestParser.ParseError {
            throw ValidationError("stdin, \(error)")
        }
        let when: Date
        if let date {
            guard let parsed = AMZDate(parsing: date) else {
                throw ValidationError("--date must look like 20150830T123600Z, got '\(date)'")
            }
            when = parsed.date
        } else if let stamp = request.header("X-Amz-Date"), let parsed = AMZDate(parsing: stamp) {
            when = parsed.date
        } else {
            when = Date()
        }
        let credentials = try await CommandContext.credentials(profile: profile)
        let signature = SigV4Signer(service: service, region: region)
            .sign(request, credentials: credentials.signing, date: when)
        if verbose {
            Platform.writeToStandardError(
                "--- canonical request\n\(signature.canonicalRequest)\n--- string to sign\n\(signature.stringToSign)\n")
        }
        print(signature.authorization)
    }
}
