import Foundation

/// Endpoints already resolved, by rule set, region and settings: the rules are walked once per
/// combination, not once per request (a few hundred microseconds each in a debug build).
final class RuleEndpointCache<Value: Sendable>: @unchecked Sendable {
    /// What an endpoint depends on.
    struct Key: Hashable {
        /// botocore's service name.
        var service: String
        /// The region the rules are evaluated for.
        var region: String
        /// FIPS and dual-stack.
        var settings: EndpointSettings
    }

    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    /// The cached value of `key`, else `make()`'s, stored when it does not throw.
    func value(_ key: Key, make: () throws -> Value) rethrows -> Value {
        if let value = lock.withLock({ values[key] }) { return value }
        let value = try make()
        lock.withLock { values[key] = value }
        return value
    }
}
