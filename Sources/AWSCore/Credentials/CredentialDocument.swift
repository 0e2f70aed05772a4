import AWSSigV4
import Foundation

/// A JSON object holding credentials (process output, container and instance metadata replies).
///
/// Errors name the missing or malformed field, never a value.
struct CredentialDocument {
    /// The decoded top-level object.
    let object: [String: Any]

    /// Decodes `data`; nil when it is not a JSON object.
    init?(_ data: Data) {
        guard let decoded = try? JSONSerialization.jsonObject(with: data), let object = decoded as? [String: Any] else {
            return nil
        }
        self.object = object
    }

    /// Wraps an already decoded object.
    init(object: [String: Any]) {
        self.object = object
    }

    /// The non-empty string field `key`.
    func string(_ key: String) -> String? {
        guard let value = object[key] as? String, !value.isEmpty else { return nil }
        return value
    }

    /// The integer field `key` (a JSON number without a fraction).
    func int(_ key: String) -> Int? {
        Self.number(object[key]).flatMap { $0 == $0.rounded() ? Int(exactly: $0) : nil }
    }

    /// The nested object `key`.
    func document(_ key: String) -> CredentialDocument? {
        (object[key] as? [String: Any]).map(CredentialDocument.init(object:))
    }

    /// Reads a key pair, token and expiration from the named fields; the error names what is missing.
    func credentials(
        accessKey: String, secretKey: String, token: String, expiration: String,
        source: String
    ) throws(FieldError) -> AWSCredentials {
        guard let id = string(accessKey) else { throw FieldError(field: accessKey, problem: "is missing") }
        guard let secret = string(secretKey) else { throw FieldError(field: secretKey, problem: "is missing") }
        var expires: Date?
        if let raw = object[expiration], !(raw is NSNull) {
            guard let date = Self.date(raw) else {
                throw FieldError(field: expiration, problem: "is not a valid timestamp")
            }
            expires = date
        }
        return AWSCredentials(
            signing: SigningCredentials(accessKeyID: id, secretAccessKey: secret, sessionToken: string(token)),
            expiration: expires, source: source)
    }

    /// An ISO 8601 string (with or without fractional seconds) or epoch milliseconds.
    static func date(_ raw: Any) -> Date? {
        if let text = raw as? String { return ISO8601.parse(text) }
        if let number = number(raw) { return Date(timeIntervalSince1970: number / 1000) }
        return nil
    }

    /// A JSON number as a Double, whichever type the decoder chose for it.
    static func number(_ raw: Any?) -> Double? {
        switch raw {
        case let value as Int: return Double(value)
        case let value as Double: return value
        case let value as NSNumber: return value.doubleValue
        default: return nil
        }
    }

    /// A missing or malformed field.
    struct FieldError: Error, CustomStringConvertible {
        /// The field's name.
        var field: String
        /// What is wrong with it.
        var problem: String
        /// `FIELD is missing`.
        var description: String { "\(field) \(problem)" }
    }
}

/// ISO 8601 timestamps as AWS writes them.
enum ISO8601 {
    /// Parses `2024-01-02T03:04:05Z`, with optional fractional seconds and a numeric offset.
    static func parse(_ text: String) -> Date? {
        if let date = Timestamps.parseISO8601(text) { return date }
        // `2024-01-02T03:04:05UTC`, as some SSO token caches hold.
        if text.hasSuffix("UTC") { return Timestamps.parseISO8601(String(text.dropLast(3)) + "Z") }
        return nil
    }

    /// Formats `date` as `2024-01-02T03:04:05Z`.
    static func format(_ date: Date) -> String {
        Timestamps.formatISO8601(date)
    }
}
