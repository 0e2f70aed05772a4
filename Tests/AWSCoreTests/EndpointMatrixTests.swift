import Foundation
import Testing

@testable import AWSCore

/// Every service Flightdeck calls, in regions of the three main partitions, plain, FIPS, dual-stack
/// and both: the URL and signing region must be botocore's.
@Suite struct EndpointMatrixTests {
    static let regions = [
        "us-east-1", "eu-west-1", "ap-south-1", "cn-north-1", "cn-northwest-1", "us-gov-west-1", "us-gov-east-1"
    ]
    static let settings = [
        EndpointSettings(), EndpointSettings(useFIPS: true), EndpointSettings(useDualStack: true),
        EndpointSettings(useFIPS: true, useDualStack: true)
    ]

    /// One combination, with what Flightdeck resolves.
    struct Case {
        var service: AWSService
        var region: String
        var settings: EndpointSettings
        var endpointURL: String?
        var question: BotocoreOracle.Question

        /// Flightdeck's endpoint, or the reason it refuses.
        var ours: Result<Endpoint, EndpointError> {
            Result {
                try EndpointResolver(region: region, endpointURL: endpointURL, environment: [:], settings: settings)
                    .endpoint(for: service)
            }
            .mapError { $0 as? EndpointError ?? .unsupported(service: service.serviceID, reason: "\($0)") }
        }

        var name: String { "\(service.serviceID) in \(region), \(settings)\(endpointURL.map { " at \($0)" } ?? "")" }
    }

    /// The matrix; Pricing is asked of botocore in the region Flightdeck sends it to (the nearest that serves it).
    static func cases(endpointURL: String? = nil, regions: [String] = regions) -> [Case] {
        AWSService.all.flatMap { service in
            regions.flatMap { region in
                settings.map { settings in
                    let served = EndpointResolver(region: region, environment: [:]).serviceRegion(for: service)
                    return Case(
                        service: service, region: region, settings: settings, endpointURL: endpointURL,
                        question: .init(
                            service: service.botocoreName, region: endpointURL == nil ? served : region,
                            fips: settings.useFIPS, dualstack: settings.useDualStack,
                            endpointURL: endpointURL))
                }
            }
        }
    }

    @Test(
        .enabled(
            if: BotocoreOracle.shouldRun, "botocore is not installed (pip install botocore; set CI=true to require it)")
    )
    func everyHostIsBotocores() throws {
        let cases = Self.cases() + Self.cases(endpointURL: "http://127.0.0.1:4566", regions: ["eu-west-1"])
        let answers = try BotocoreOracle.ask(cases.map(\.question))
        try #require(answers.count == cases.count, "botocore answered \(answers.count) of \(cases.count)")
        var mismatches: [String] = []
        var refused: [String] = []
        for (item, answer) in zip(cases, answers) {
            switch (item.ours, answer.error) {
            case let (.success(endpoint), nil):
                let sameSigner = item.endpointURL != nil || endpoint.signingRegion == answer.signingRegion
                if endpoint.url.absoluteString != answer.url || !sameSigner {
                    mismatches.append(
                        "\(item.name): ours \(endpoint.url.absoluteString) signed for \(endpoint.signingRegion), "
                            + "botocore's \(answer.url ?? "?") signed for \(answer.signingRegion ?? "?")")
                }
            case let (.failure(.refused(_, _, reason)), error?) where error.contains(reason):
                refused.append("\(item.name): \(reason)")
            case let (ours, error):
                mismatches.append("\(item.name): ours \(ours), botocore's \(error ?? answer.url ?? "?")")
            }
        }
        let version = answers.first?.version ?? "?"
        print(
            "EndpointMatrixTests: \(cases.count) combinations compared with botocore \(version), \(refused.count) refused by both"
                + refused.map { "\n  refused: \($0)" }.joined())
        let vendored = "the rules are botocore \(BotocoreRules.version)'s: run generate.py if the versions differ"
        #expect(
            mismatches.isEmpty,
            "\(mismatches.count) differ from botocore \(version) (\(vendored)):\n\(mismatches.joined(separator: "\n"))")
    }
}
