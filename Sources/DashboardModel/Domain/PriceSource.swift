/// Where a price table came from; the raw values are the stable words of the snapshot's `source`.
public enum PriceSource: String, Sendable, Equatable, Codable {
    /// The Pricing API, asked this session.
    case pricingAPI = "pricing-api"
    /// The Pricing API's answer of an earlier session, from the disk cache.
    case cachedPricingAPI = "pricing-api (cached)"
    /// The bundled us-east-1 table, standing in because the Pricing API could not be read.
    case bundled = "bundled table (fallback)"
}
