import Foundation

/// Encoding and decoding of JSON 1.0/1.1 bodies, with AWS's conventions.
///
/// Timestamps are epoch seconds (fractions allowed). An empty reply body reads as `{}`, as the
/// SDKs do. Replies are decoded as JSON whatever their Content-Type says.
public enum JSONProtocol {
    /// Encodes `value` as a JSON body with sorted keys (stable bytes, stable signatures in tests).
    public static func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .secondsSince1970
        do {
            return Array(try encoder.encode(value))
        } catch {
            throw AWSDecodingError(.invalidValue, path: "", detail: "cannot encode the request as JSON: \(error)")
        }
    }

    /// Decodes `bytes` into `type`; throws `AWSDecodingError` with the failing key path.
    public static func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8]) throws -> Value {
        let trimmed = bytes.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        let data = trimmed.isEmpty ? Data("{}".utf8) : Data(trimmed)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        do {
            return try decoder.decode(type, from: data)
        } catch let error as DecodingError {
            throw Self.translate(error)
        } catch {
            throw AWSDecodingError(.malformedJSON, path: "", detail: "\(error)")
        }
    }

    /// Parses `bytes` as a JSON object, or nil when they are not one (used for error replies).
    public static func object(from bytes: [UInt8]) -> [String: Any]? {
        guard !bytes.isEmpty, let value = try? JSONSerialization.jsonObject(with: Data(bytes)) else { return nil }
        return value as? [String: Any]
    }

    /// Maps Foundation's `DecodingError` to `AWSDecodingError` with a dotted key path.
    private static func translate(_ error: DecodingError) -> AWSDecodingError {
        /// Renders a coding path as `Items.[1].Name`.
        func render(_ path: [CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case let .keyNotFound(key, context):
            return AWSDecodingError(
                .missingField, path: render(context.codingPath), detail: "no '\(key.stringValue)' key")
        case let .typeMismatch(_, context), let .valueNotFound(_, context):
            return AWSDecodingError(.invalidValue, path: render(context.codingPath), detail: context.debugDescription)
        case let .dataCorrupted(context):
            let kind: AWSDecodingError.Kind = context.codingPath.isEmpty ? .malformedJSON : .invalidValue
            return AWSDecodingError(kind, path: render(context.codingPath), detail: context.debugDescription)
        @unknown default:
            return AWSDecodingError(.malformedJSON, path: "", detail: "\(error)")
        }
    }
}
