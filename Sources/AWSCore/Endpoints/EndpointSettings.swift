import Foundation

/// The endpoint variants asked for: FIPS (`AWS_USE_FIPS_ENDPOINT`, `use_fips_endpoint`) and dual-stack
/// (`AWS_USE_DUALSTACK_ENDPOINT`, `use_dualstack_endpoint`).
public struct EndpointSettings: Sendable, Hashable, CustomStringConvertible {
    /// Send requests to FIPS 140 endpoints.
    public var useFIPS: Bool
    /// Send requests to endpoints that answer on IPv4 and IPv6.
    public var useDualStack: Bool

    /// Creates settings; both off by default.
    public init(useFIPS: Bool = false, useDualStack: Bool = false) {
        self.useFIPS = useFIPS
        self.useDualStack = useDualStack
    }

    /// The settings the two environment variables give, each off when unset.
    public static func fromEnvironment(_ variables: [String: String]) -> EndpointSettings {
        EndpointSettings(
            useFIPS: flag(variables["AWS_USE_FIPS_ENDPOINT"]) ?? false,
            useDualStack: flag(variables["AWS_USE_DUALSTACK_ENDPOINT"]) ?? false)
    }

    /// A setting's value as botocore reads it: nil when unset or empty, true only for `true` in any case.
    public static func flag(_ text: String?) -> Bool? {
        guard let text, !text.isEmpty else { return nil }
        return text.trimmingCharacters(in: .whitespaces).lowercased() == "true"
    }

    /// `FIPS`, `dual-stack`, `FIPS, dual-stack` or `plain`, for messages.
    public var description: String {
        let names = (useFIPS ? ["FIPS"] : []) + (useDualStack ? ["dual-stack"] : [])
        return names.isEmpty ? "plain" : names.joined(separator: ", ")
    }
}
