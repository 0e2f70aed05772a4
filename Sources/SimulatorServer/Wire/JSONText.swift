import Foundation

/// A small JSON value with ordered object keys, written without Foundation's reordering.
public indirect enum JSONText: Sendable, Equatable {
    /// A string.
    case string(String)
    /// A number.
    case number(Double)
    /// An integer.
    case integer(Int)
    /// A boolean.
    case bool(Bool)
    /// `null`.
    case null
    /// An array.
    case array([JSONText])
    /// An object whose keys keep their order.
    case object([(String, JSONText)])

    /// Compares structurally.
    public static func == (lhs: JSONText, rhs: JSONText) -> Bool {
        lhs.text == rhs.text
    }

    /// The serialised text.
    public var text: String {
        switch self {
        case let .string(value): return Self.quote(value)
        case let .number(value):
            if value.isNaN || value.isInfinite { return "null" }
            if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
            return String(value)
        case let .integer(value): return String(value)
        case let .bool(value): return value ? "true" : "false"
        case .null: return "null"
        case let .array(items): return "[" + items.map(\.text).joined(separator: ",") + "]"
        case let .object(pairs):
            return "{" + pairs.map { Self.quote($0.0) + ":" + $0.1.text }.joined(separator: ",") + "}"
        }
    }

    /// Serialises an object from its pairs.
    public static func render(_ pairs: [(String, JSONText)]) -> String {
        JSONText.object(pairs).text
    }

    /// A JSON string literal of `value`.
    static func quote(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
