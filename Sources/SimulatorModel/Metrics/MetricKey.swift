/// Identifies one CloudWatch metric: namespace, name and dimensions (kept sorted by name).
public struct MetricKey: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The namespace, e.g. `AWS/ApplicationELB`.
    public var namespace: String
    /// The metric name, e.g. `RequestCount`.
    public var name: String
    /// The dimensions, sorted by name.
    public var dimensions: [Dimension]

    /// One dimension name and value.
    public struct Dimension: Sendable, Hashable, Codable {
        /// The dimension's name.
        public var name: String
        /// The dimension's value.
        public var value: String

        /// Creates a dimension.
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// Creates a key; the dimensions are sorted so that order never matters.
    public init(_ namespace: String, _ name: String, _ dimensions: [Dimension]) {
        self.namespace = namespace
        self.name = name
        self.dimensions = dimensions.sorted { $0.name < $1.name }
    }

    /// `Namespace/Name{k=v,…}`.
    public var description: String {
        "\(namespace) \(name){" + dimensions.map { "\($0.name)=\($0.value)" }.joined(separator: ",") + "}"
    }
}
