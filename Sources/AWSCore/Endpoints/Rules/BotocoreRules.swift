/// botocore's endpoint data, parsed once.
enum BotocoreRules {
    /// The partitions, or none if the vendored file could not be read (a test catches that).
    static let partitions: Partitions = (try? Partitions(json: BotocoreData.partitions)) ?? Partitions.empty

    /// The rule sets by botocore service name.
    static let ruleSets: [String: RuleSet] = BotocoreData.ruleSets.compactMapValues { try? RuleSet(json: $0) }

    /// The botocore version the data came from.
    static var version: String { BotocoreData.version }

    /// The regions endpoints.json lists for `endpointPrefix` in `partition`; nil when it lists none.
    static func listedRegions(endpointPrefix: String, partition: String) -> [String]? {
        guard let regions = BotocoreData.listedRegions[endpointPrefix]?[partition], !regions.isEmpty else { return nil }
        return regions
    }
}

extension Partitions {
    /// No partitions at all.
    static let empty = Partitions(partitions: [])

    /// Creates partitions from their parts.
    init(partitions: [Partition]) {
        self.partitions = partitions
    }
}
