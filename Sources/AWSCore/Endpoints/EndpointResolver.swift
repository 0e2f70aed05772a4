import Foundation

/// Resolves endpoints as the SDKs do: `--endpoint-url`, then `AWS_ENDPOINT_URL_<SERVICE_ID>`, then
/// `AWS_ENDPOINT_URL`, then the service's default from botocore's rule set for the region and the
/// FIPS and dual-stack settings; `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true` turns the two variables off.
public struct EndpointResolver: Sendable {
    /// The client's region, e.g. `eu-west-1`.
    public var region: String
    /// The `--endpoint-url` given on the command line, if any.
    public var endpointURL: String?
    /// The environment the variables are read from.
    public var environment: [String: String]
    /// FIPS and dual-stack; like botocore, ignored when an endpoint URL is configured.
    public var settings: EndpointSettings

    /// Creates a resolver; `environment` is injected so tests do not touch the process's. Without
    /// `settings`, FIPS and dual-stack come from the environment's variables alone (see
    /// `EndpointSettings.load` for the profile's keys).
    public init(
        region: String, endpointURL: String? = nil, environment: [String: String],
        settings: EndpointSettings? = nil
    ) {
        self.region = region
        self.endpointURL = endpointURL
        self.environment = environment
        self.settings = settings ?? .fromEnvironment(environment)
    }

    /// The endpoint of `service`.
    public func endpoint(for service: AWSService) throws -> Endpoint {
        guard Self.isRegionName(region) else { throw EndpointError.invalidRegion(region) }
        if let (value, source) = configuredURL(for: service) {
            // A configured URL signs as the plain default endpoint would (CloudFront for us-east-1).
            let signingRegion = (try? ruleEndpoint(for: service, settings: EndpointSettings()).signingRegion) ?? region
            return Endpoint(url: try Self.parse(value, source: source), signingRegion: signingRegion, source: source)
        }
        let resolved = try ruleEndpoint(for: service, settings: settings)
        return Endpoint(
            url: try Self.parse(resolved.url, source: "default"), signingRegion: resolved.signingRegion,
            source: "default")
    }

    /// The configured URL and where it came from, if any: the flag, then the two variables.
    private func configuredURL(for service: AWSService) -> (String, String)? {
        if let endpointURL, !endpointURL.isEmpty { return (endpointURL, "--endpoint-url") }
        guard environment["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"]?.lowercased() != "true" else { return nil }
        for name in ["AWS_ENDPOINT_URL_\(service.environmentSuffix)", "AWS_ENDPOINT_URL"] {
            if let value = environment[name], !value.isEmpty { return (value, name) }
        }
        return nil
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
