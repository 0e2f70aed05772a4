import Foundation

/// A JSON value of AWS's endpoint data, and what an endpoint rule computes.
indirect enum RuleValue: Sendable, Equatable {
    case string(String)
    case bool(Bool)
    case number(Double)
    case array([RuleValue])
    case object([String: RuleValue])
    case null

    /// Parses JSON text.
    ///
    /// Through `JSONSerialization`, not `Decodable`: a decoder learns a value's kind by failing to
    /// decode it as each other kind, and building those errors made start-up ~50 ms slower.
    static func parse(_ text: String) throws -> RuleValue {
        try RuleValue(serialized: JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]))
    }

    /// Converts what `JSONSerialization` read; a JSON `true` or `false` arrives as an NSNumber of
    /// Objective-C type `c`.
    private init(serialized value: Any) throws {
        // Containers and strings are tried first: casting a Swift container to a class (NSNull,
        // NSNumber) bridges the whole of it to Objective-C first, which is slow.
        switch value {
        case let members as [String: Any]: self = .object(try members.mapValues(RuleValue.init(serialized:)))
        case let elements as [Any]: self = .array(try elements.map(RuleValue.init(serialized:)))
        case let text as String: self = .string(text)
        case let number as NSNumber:
            self = String(cString: number.objCType) == "c" ? .bool(number.boolValue) : .number(number.doubleValue)
        case is NSNull: self = .null
        default:
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: [], debugDescription: "not a JSON value: \(type(of: value))"))
        }
    }

    /// The member named `key` of an object, else nil.
    subscript(key: String) -> RuleValue? {
        if case let .object(members) = self { return members[key] }
        return nil
    }

    /// The text of a string, else nil.
    var string: String? {
        if case let .string(text) = self { return text }
        return nil
    }

    /// The elements of an array, else nil.
    var array: [RuleValue]? {
        if case let .array(elements) = self { return elements }
        return nil
    }

    /// The members of an object, else nil.
    var object: [String: RuleValue]? {
        if case let .object(members) = self { return members }
        return nil
    }

    /// How a rule's condition reads the value: unset and `false` fail, anything else holds.
    static func holds(_ value: RuleValue?) -> Bool {
        switch value {
        case .none, .null?, .bool(false)?: return false
        default: return true
        }
    }

    /// The value as a template inserts it: strings as they are, booleans and numbers as JSON writes them.
    var templateText: String {
        switch self {
        case let .string(text): return text
        case let .bool(flag): return flag ? "true" : "false"
        case let .number(number): return Int(exactly: number).map(String.init) ?? String(number)
        default: return ""
        }
    }
}
