import Foundation

/// Typed reads of a child element's text; absent children give nil, malformed text throws.
extension XMLNode {
    /// The trimmed text of child `name`, or nil when there is no such child.
    public func string(_ name: String) -> String? {
        child(name)?.trimmedText
    }

    /// The trimmed text of child `name`; throws `missingField` when it is absent.
    public func requiredString(_ name: String) throws -> String {
        try requiredChild(name).trimmedText
    }

    /// Child `name` as an integer; nil when absent or empty, `invalidValue` when not a number.
    public func int(_ name: String) throws -> Int? {
        try value(name, as: "an integer") { Int($0) }
    }

    /// Child `name` as an integer; throws when absent or not a number.
    public func requiredInt(_ name: String) throws -> Int {
        try required(name, try int(name))
    }

    /// Child `name` as a floating-point number; nil when absent or empty.
    public func double(_ name: String) throws -> Double? {
        try value(name, as: "a number") { Double($0) }
    }

    /// Child `name` as a Boolean (`true`/`false`, any case); nil when absent or empty.
    public func bool(_ name: String) throws -> Bool? {
        try value(name, as: "true or false") { text in
            switch text.lowercased() {
            case "true": return true
            case "false": return false
            default: return nil
            }
        }
    }

    /// Child `name` as an ISO 8601 timestamp; nil when absent or empty.
    public func date(_ name: String) throws -> Date? {
        try value(name, as: "an ISO 8601 timestamp") { Timestamps.parseISO8601($0) }
    }

    /// Child `name` as an ISO 8601 timestamp; throws when absent.
    public func requiredDate(_ name: String) throws -> Date {
        try required(name, try date(name))
    }

    /// Decodes each entry of list `name` with `transform`.
    public func map<T>(_ name: String, member: String = "member", _ transform: (XMLNode) throws -> T) rethrows -> [T] {
        try list(name, member: member).map(transform)
    }

    /// The converted text of child `name`: nil when absent or empty, `invalidValue` when unconvertible.
    private func value<T>(_ name: String, as expected: String, _ convert: (String) -> T?) throws -> T? {
        guard let node = child(name) else { return nil }
        let text = node.trimmedText
        if text.isEmpty { return nil }
        guard let value = convert(text) else {
            throw AWSDecodingError(.invalidValue, path: node.path, detail: "'\(text.prefix(40))' is not \(expected)")
        }
        return value
    }

    /// `value`, or a `missingField` error naming child `name`.
    private func required<T>(_ name: String, _ value: T?) throws -> T {
        guard let value else {
            throw AWSDecodingError(.missingField, path: path, detail: "no value in <\(name)>")
        }
        return value
    }
}
