import Foundation

/// Where to send one service's requests and which region signs them.
public struct Endpoint: Sendable, Equatable {
    /// The base URL, e.g. `https://autoscaling.us-east-1.amazonaws.com`.
    public var url: URL
    /// The region of the SigV4 credential scope.
    public var signingRegion: String
    /// Where the URL came from, for `--verbose` output: `default`, `--endpoint-url`, or a variable name.
    public var source: String

    /// Creates an endpoint.
    public init(url: URL, signingRegion: String, source: String) {
        self.url = url
        self.signingRegion = signingRegion
        self.source = source
    }
}

/// Why an endpoint could not be resolved.
public enum EndpointError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An override is not an absolute http(s) URL.
    case invalidURL(source: String, value: String)
    /// The region is empty or not a region name.
    case invalidRegion(String)
    /// The service's rule set refuses the combination, with the SDKs' reason
    /// (e.g. `Invalid Configuration: FIPS and custom endpoint are not supported`).
    case refused(service: String, region: String, reason: String)
    /// The vendored rule set of the service is missing or uses what the rules engine does not know.
    case unsupported(service: String, reason: String)

    /// One line naming the bad setting.
    public var description: String {
        switch self {
        case let .invalidURL(source, value): return "\(source): '\(value)' is not an http:// or https:// URL"
        case let .invalidRegion(region): return "'\(region)' is not an AWS region name"
        case let .refused(service, region, reason): return "no \(service) endpoint in \(region): \(reason)"
        case let .unsupported(service, reason):
            return "no \(service) endpoint: \(reason) (botocore rules \(BotocoreRules.version))"
        }
    }
}
