import Foundation

/// AWS's partitions (`aws`, `aws-cn`, `aws-us-gov`, ...) and which one a region belongs to.
struct Partitions: Sendable {
    /// One partition: its regions, the pattern of its region names, and its outputs.
    struct Partition: Sendable {
        /// The partition's id, e.g. `aws-cn`.
        var id: String
        /// The pattern of its region names, e.g. `^cn\-\w+\-\d+$`.
        var regionPattern: String
        /// Its known regions, each with the outputs it overrides.
        var regions: [String: [String: RuleValue]]
        /// `name`, `dnsSuffix`, `dualStackDnsSuffix`, `supportsFIPS`, `supportsDualStack`, `implicitGlobalRegion`.
        var outputs: [String: RuleValue]
    }

    /// The partitions, in the file's order.
    var partitions: [Partition]

    /// Reads partitions.json.
    init(json: String) throws {
        let root = try RuleValue.parse(json)
        partitions = (root["partitions"]?.array ?? []).compactMap { entry in
            guard let id = entry["id"]?.string, let outputs = entry["outputs"]?.object else { return nil }
            let regions = (entry["regions"]?.object ?? [:]).mapValues {
                $0.object?.filter { $0.key != "description" } ?? [:]
            }
            return Partition(
                id: id, regionPattern: entry["regionRegex"]?.string ?? "", regions: regions, outputs: outputs)
        }
    }

    /// The outputs of `region`'s partition, as the rules function `aws.partition` gives them: a region
    /// listed by a partition, else one matching its pattern, else the `aws` partition's.
    func outputs(for region: String) -> [String: RuleValue]? {
        if let partition = partitions.first(where: { $0.regions[region] != nil }) {
            return partition.outputs.merging(partition.regions[region] ?? [:]) { _, override in override }
        }
        if let partition = partitions.first(where: { Self.matches(region, $0.regionPattern) }) {
            return partition.outputs
        }
        return partitions.first { $0.id == "aws" }?.outputs
    }

    /// The id of `region`'s partition, e.g. `aws-us-gov`.
    func partitionID(for region: String) -> String? {
        outputs(for: region)?["name"]?.string
    }

    /// Whether `region` matches the regular expression `pattern`.
    private static func matches(_ region: String, _ pattern: String) -> Bool {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return false }
        let range = NSRange(region.startIndex..., in: region)
        return expression.firstMatch(in: region, range: range) != nil
    }
}
