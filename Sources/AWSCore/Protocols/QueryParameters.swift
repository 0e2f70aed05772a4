import AWSSigV4
import Foundation

/// The parameters of a query-protocol request, in order, with the AWS conventions for nesting.
///
/// Lists are flattened as `Name.member.1`, `Name.member.2` (query) or `Name.1` (EC2); structures
/// inside lists as `Filters.member.1.Name`. Absent optionals add nothing, so requests only carry
/// what the caller set.
public struct QueryParameters: Sendable, Equatable {
    /// The name/value pairs in the order they were added.
    public private(set) var pairs: [(name: String, value: String)] = []

    /// Creates an empty parameter list.
    public init() {}

    /// Adds `name=value` when `value` is not nil.
    public mutating func add(_ name: String, _ value: String?) {
        guard let value else { return }
        pairs.append((name, value))
    }

    /// Adds an integer parameter when it is not nil.
    public mutating func add(_ name: String, _ value: Int?) {
        add(name, value.map(String.init))
    }

    /// Adds a Boolean parameter as `true`/`false` when it is not nil.
    public mutating func add(_ name: String, _ value: Bool?) {
        add(name, value.map { $0 ? "true" : "false" })
    }

    /// Adds a floating-point parameter when it is not nil.
    public mutating func add(_ name: String, _ value: Double?) {
        add(name, value.map { $0 == $0.rounded() && abs($0) < 1e15 ? String(Int($0)) : String($0) })
    }

    /// Adds a timestamp parameter as ISO 8601 UTC when it is not nil.
    public mutating func add(_ name: String, _ value: Date?) {
        add(name, value.map(Timestamps.formatISO8601))
    }

    /// Adds a list of strings as `name.member.N` (or `name.N` when `member` is nil), numbered from 1.
    public mutating func addList(_ name: String, _ values: [String]?, member: String? = "member") {
        addList(name, values, member: member) { params, prefix, value in params.add(prefix, value) }
    }

    /// Adds a list whose entries are encoded by `encode`, given each entry's key prefix (`name.member.N`).
    public mutating func addList<Element>(
        _ name: String, _ values: [Element]?, member: String? = "member",
        _ encode: (inout QueryParameters, String, Element) -> Void
    ) {
        guard let values else { return }
        let base = member.map { "\(name).\($0)" } ?? name
        for (offset, value) in values.enumerated() {
            encode(&self, "\(base).\(offset + 1)", value)
        }
    }

    /// The pairs as an `application/x-www-form-urlencoded` body: RFC 3986 unreserved characters kept,
    /// every other byte percent-encoded (so a space is `%20`, never `+`).
    public var formEncoded: String {
        pairs.map { URIEncoding.encode($0.name) + "=" + URIEncoding.encode($0.value) }.joined(separator: "&")
    }

    /// The value of the first parameter called `name`, for tests and logging.
    public func value(_ name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// Whether two parameter lists hold the same pairs in the same order.
    public static func == (lhs: QueryParameters, rhs: QueryParameters) -> Bool {
        lhs.pairs.elementsEqual(rhs.pairs) { $0.name == $1.name && $0.value == $1.value }
    }
}
