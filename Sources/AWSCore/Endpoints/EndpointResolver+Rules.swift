/// The default endpoints, from botocore's rule sets and partitions.
extension EndpointResolver {
    /// A default endpoint: its URL and the region that signs for it.
    struct RuleEndpoint: Sendable, Equatable {
        /// The URL, e.g. `https://cloudfront.cn-northwest-1.amazonaws.com.cn`.
        var url: String
        /// The region of the credential scope.
        var signingRegion: String
    }

    /// The region `service` is asked in: the client's, or for a service endpoints.json lists in a few
    /// regions only (Pricing), the nearest of them in the client's partition.
    public func serviceRegion(for service: AWSService) -> String {
        guard let partition = BotocoreRules.partitions.partitionID(for: region),
            let listed = BotocoreRules.listedRegions(endpointPrefix: service.endpointPrefix, partition: partition),
            !listed.contains(region)
        else { return region }
        let area = Self.area(of: region)
        let global = BotocoreRules.partitions.outputs(for: region)?["implicitGlobalRegion"]?.string
        return listed.first { Self.area(of: $0) == area } ?? listed.first { $0 == global } ?? listed.first ?? region
    }

    /// The `implicitGlobalRegion` of `region`'s partition (us-east-1, cn-northwest-1, us-gov-west-1):
    /// a region of that partition to build the global services' client in.
    public static func globalRegion(of region: String) -> String {
        BotocoreRules.partitions.outputs(for: region)?["implicitGlobalRegion"]?.string ?? "us-east-1"
    }

    /// Every default endpoint resolved so far, shared by all resolvers.
    private static let cache = RuleEndpointCache<RuleEndpoint>()

    /// The default endpoint of `service` with `settings`, as botocore's rule set resolves it.
    func ruleEndpoint(for service: AWSService, settings: EndpointSettings) throws -> RuleEndpoint {
        let key = RuleEndpointCache<RuleEndpoint>.Key(
            service: service.botocoreName, region: serviceRegion(for: service),
            settings: settings)
        return try Self.cache.value(key) { try evaluateRules(for: service, settings: settings) }
    }

    /// The default endpoint of `service` with `settings`, walking the rule set.
    private func evaluateRules(for service: AWSService, settings: EndpointSettings) throws -> RuleEndpoint {
        guard let ruleSet = BotocoreRules.ruleSets[service.botocoreName] else {
            throw EndpointError.unsupported(
                service: service.serviceID, reason: "no rule set named \(service.botocoreName)")
        }
        let serviceRegion = serviceRegion(for: service)
        let builtIns: [String: RuleValue] = [
            "AWS::Region": .string(serviceRegion), "AWS::UseFIPS": .bool(settings.useFIPS),
            "AWS::UseDualStack": .bool(settings.useDualStack),
            // botocore's default `sts_regional_endpoints = regional`.
            "AWS::STS::UseGlobalEndpoint": .bool(false)
        ]
        do {
            let endpoint = try ruleSet.resolve(builtIns: builtIns, partitions: BotocoreRules.partitions)
            return RuleEndpoint(url: endpoint.url, signingRegion: endpoint.signingRegion ?? serviceRegion)
        } catch let .refused(reason) {
            throw EndpointError.refused(service: service.serviceID, region: serviceRegion, reason: reason)
        } catch let .unsupported(reason) {
            throw EndpointError.unsupported(service: service.serviceID, reason: reason)
        }
    }

    /// The part of the world a region is in, from its first label: `us`, `ca`, `sa` and `mx` are
    /// the Americas; `eu`, `me`, `af` and `il` are near Europe; others stand alone (`ap`, `cn`).
    private static func area(of region: String) -> String {
        let label = region.split(separator: "-").first.map(String.init) ?? region
        switch label {
        case "us", "ca", "sa", "mx": return "americas"
        case "eu", "me", "af", "il": return "europe"
        default: return label
        }
    }
}
