import AWSCore

/// The AWS clients a collector uses: one per watched region, and one for the global services
/// (CloudFront, its metrics, Cost Explorer, Pricing, IAM), which live in us-east-1.
public struct CollectorClients: Sendable {
    /// Clients by region name, in the order the regions were given.
    public var regional: [(region: String, client: AWSClient)]
    /// The us-east-1 client for global services.
    public var global: AWSClient

    /// Creates the set of clients.
    public init(regional: [(region: String, client: AWSClient)], global: AWSClient) {
        self.regional = regional
        self.global = global
    }

    /// The watched regions.
    public var regions: [String] { regional.map(\.region) }
}
