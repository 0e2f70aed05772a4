/// The parameters of a query-protocol call: the form body merged with the URL's query string.
public struct FormParameters: Sendable, Equatable {
    /// Values by parameter name; the last one wins on repeats.
    public var values: [String: String]

    /// Parses `application/x-www-form-urlencoded` text (`+` is a space).
    public init(form: String) {
        var values: [String: String] = [:]
        for pair in form.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            values[key] = value
        }
        self.values = values
    }

    /// The parameters of `request`: its query string, then its form body on top.
    public init(request: WireRequest) {
        var merged = FormParameters(form: request.rawQuery).values
        for (key, value) in FormParameters(form: String(decoding: request.body, as: UTF8.self)).values {
            merged[key] = value
        }
        self.values = merged
    }

    /// The value of `name`.
    public subscript(_ name: String) -> String? { values[name] }

    /// The `Action` parameter.
    public var action: String? { values["Action"] }

    /// An integer parameter, nil when absent; throws when present but not an integer.
    public func integer(_ name: String) throws(QueryError) -> Int? {
        guard let text = values[name] else { return nil }
        guard let number = Int(text) else {
            throw QueryError(
                code: "ValidationError",
                message: "Value '\(text)' at '\(name)' failed to satisfy constraint: Member must be an integer")
        }
        return number
    }

    /// The items of a list parameter, `Name.member.1`, `Name.member.2`, … (or `Name.1` in EC2's dialect), in order.
    public func list(_ name: String, member: Bool = true) -> [String] {
        let prefix = member ? "\(name).member." : "\(name)."
        return values.compactMap { key, value -> (Int, String)? in
            guard key.hasPrefix(prefix), let index = Int(key.dropFirst(prefix.count)) else { return nil }
            return (index, value)
        }
        .sorted { $0.0 < $1.0 }
        .map(\.1)
    }

    /// The distinct indices `i` for which some key starts with `\(name).member.i.` (structures in a list).
    public func structureIndices(_ name: String, member: Bool = true) -> [Int] {
        let prefix = member ? "\(name).member." : "\(name)."
        var indices = Set<Int>()
        for key in values.keys where key.hasPrefix(prefix) {
            let rest = key.dropFirst(prefix.count)
            if let dot = rest.firstIndex(of: "."), let index = Int(rest[..<dot]) { indices.insert(index) }
        }
        return indices.sorted()
    }

    /// Decodes `+` and `%XX`.
    static func decode(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
                let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A malformed or invalid parameter, answered as the protocol's client error.
public struct QueryError: Error, Sendable, Equatable {
    /// The error code.
    public var code: String
    /// The message.
    public var message: String
    /// The HTTP status, 400 unless said otherwise.
    public var status: Int = 400

    /// Creates an error.
    public init(code: String, message: String, status: Int = 400) {
        self.code = code
        self.message = message
        self.status = status
    }
}
