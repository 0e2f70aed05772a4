/// The first stage of SigV4: a request reduced to the canonical text that is hashed and signed.
///
/// Rules are those AWS publishes for every service except S3: the path has its dot segments removed
/// and repeated slashes collapsed, then is percent-encoded; query parameters are decoded, encoded
/// again and sorted; header names are lower-cased and sorted, values trimmed with inner runs of
/// spaces folded to one, and repeated headers joined with commas in the order they were sent.
public struct CanonicalRequest: Sendable, Equatable {
    /// The canonical request text.
    public let text: String
    /// The `;`-joined, sorted, lower-case names of the signed headers.
    public let signedHeaders: String

    /// Builds the canonical request of `request` whose body hashes to `payloadHash`.
    public init(_ request: SigningRequest, payloadHash: String) {
        let (headerBlock, signed) = Self.canonicalHeaders(request.headers)
        self.signedHeaders = signed
        self.text = [
            request.method.uppercased(),
            Self.canonicalURI(request.path),
            Self.canonicalQuery(request.query),
            headerBlock,
            signed,
            payloadHash
        ].joined(separator: "\n")
    }

    /// The normalised, percent-encoded path.
    public static func canonicalURI(_ path: String) -> String {
        URIEncoding.encode(normalizedPath(path), keepSlash: true)
    }

    /// Removes `.` and `..` segments (RFC 3986 §5.2.4) and collapses repeated slashes.
    ///
    /// A trailing slash is kept when the path ends in one and something is left before it; an empty
    /// path becomes `/`. This is the normalisation AWS's services (and botocore) apply.
    public static func normalizedPath(_ path: String) -> String {
        if path.isEmpty { return "/" }
        var output: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if !output.isEmpty { output.removeLast() }
            default: output.append(segment)
            }
        }
        let lead = path.hasPrefix("/") ? "/" : ""
        let trail = path.hasSuffix("/") && !output.isEmpty ? "/" : ""
        let joined = lead + output.joined(separator: "/") + trail
        return joined.isEmpty ? "/" : joined
    }

    /// Decodes, re-encodes and sorts the parameters of a raw query string.
    public static func canonicalQuery(_ query: String) -> String {
        if query.isEmpty { return "" }
        var pairs: [(String, String)] = []
        for item in query.split(separator: "&", omittingEmptySubsequences: true) {
            let key: Substring
            let value: Substring
            if let equals = item.firstIndex(of: "=") {
                key = item[..<equals]
                value = item[item.index(after: equals)...]
            } else {
                key = item
                value = ""
            }
            pairs.append(
                (
                    URIEncoding.encode(URIEncoding.decode(String(key))),
                    URIEncoding.encode(URIEncoding.decode(String(value)))
                ))
        }
        pairs.sort { lhs, rhs in
            lhs.0 != rhs.0
                ? lhs.0.utf8.lexicographicallyPrecedes(rhs.0.utf8)
                : lhs.1.utf8.lexicographicallyPrecedes(rhs.1.utf8)
        }
        return pairs.map { "\($0.0)=\($0.1)" }.joined(separator: "&")
    }

    /// Header names that are never signed because proxies and clients may change them in flight.
    public static let unsignedHeaders: Set<String> = [
        "authorization", "user-agent", "expect", "transfer-encoding", "x-amzn-trace-id", "connection"
    ]

    /// The canonical header block (each line ending in a newline) and the signed header list.
    public static func canonicalHeaders(_ headers: [HTTPHeader]) -> (block: String, signed: String) {
        var values: [String: [String]] = [:]
        var order: [String] = []
        for header in headers {
            let name = header.name.lowercased()
            if unsignedHeaders.contains(name) { continue }
            if values[name] == nil { order.append(name) }
            values[name, default: []].append(normalizedValue(header.value))
        }
        let names = order.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var block = ""
        for name in names {
            block += name + ":" + (values[name] ?? []).joined(separator: ",") + "\n"
        }
        return (block, names.joined(separator: ";"))
    }

    /// Trims a header value and folds each run of white space inside it to one space.
    public static func normalizedValue(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        var pendingSpace = false
        for scalar in value.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
