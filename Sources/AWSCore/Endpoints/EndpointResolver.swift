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

    /// One line naming the bad setting.
    public var description: String {
        switch self {
        case let .invalidURL(source, value): return "\(source): '\(value)' is not an http:// or https:// URL"
        case let .invalidRegion(region): return "'\(region)' is not an AWS region name"
        }
    }
}

/// Resolves endpoints as the SDKs do: `--endpoint-url`, then `AWS_ENDPOINT_URL_<SERVICE_ID>`, then
/// `AWS_ENDPOINT_URL`, then the service's default; `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true`
/// turns the two variables off.
public struct EndpointResolver: Sendable {
    /// The client's region, e.g. `eu-west-1`.
    public var region: String
    /// The `--endpoint-url` given on the command line, if any.
    public var endpointURL: String?
    /// The environment the variables are read from.
    public var environment: [String: String]

    /// Creates a resolver; `environment` is injected so tests do not touch the process's.
    public init(region: String, endpointURL: String? = nil, environment: [String: String]) {
        self.region = region
        self.endpointURL = endpointURL
        self.environment = environment
    }

    /// The endpoint of `service`.
    public func endpoint(for service: AWSService) throws -> Endpoint {
        guard Self.isRegionName(region) else { throw EndpointError.invalidRegion(region) }
        let signingRegion = defaultSigningRegion(for: service)
        if let endpointURL, !endpointURL.isEmpty {
            return Endpoint(url: try Self.parse(endpointURL, source: "--endpoint-url"), signingRegion: signingRegion,
                            source: "--endpoint-url")
        }
        let ignore = environment["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"]?.lowercased() == "true"
        if !ignore {
            for name in ["AWS_ENDPOINT_URL_\(service.environmentSuffix)", "AWS_ENDPOINT_URL"] {
                if let value = environment[name], !value.isEmpty {
                    return Endpoint(url: try Self.parse(value, source: name), signingRegion: signingRegion, source: name)
                }
            }
        }
        let host = defaultHost(for: service)
        return Endpoint(url: try Self.parse("https://\(host)", source: "default"), signingRegion: signingRegion, source: "default")
    }

    /// The region that signs for `service` without an override.
    private func defaultSigningRegion(for service: AWSService) -> String {
        switch service.placement {
        case .regional: return region
        case let .global(_, signingRegion): return signingRegion
        case let .limitedRegions(_, regions): return regions.contains(region) ? region : (regions.first ?? region)
        }
    }

    /// The host of `service`'s default endpoint.
    private func defaultHost(for service: AWSService) -> String {
        switch service.placement {
        case .regional:
            let suffix = region.hasPrefix("cn-") ? "amazonaws.com.cn" : "amazonaws.com"
            return "\(service.endpointPrefix).\(region).\(suffix)"
        case let .global(host, _):
            return host
        case let .limitedRegions(format, _):
            return format.replacingOccurrences(of: "{region}", with: defaultSigningRegion(for: service))
        }
    }

    /// `text` as an absolute http(s) URL, or `invalidURL` naming `source`.
    private static func parse(_ text: String, source: String) throws -> URL {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty,
              let url = components.url
        else { throw EndpointError.invalidURL(source: source, value: text) }
        return url
    }

    /// Whether `text` looks like a region name: lower-case letters, digits and dashes, with a dash.
    public static func isRegionName(_ text: String) -> Bool {
        !text.isEmpty && text.contains("-")
            && text.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
