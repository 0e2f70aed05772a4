import AWSSigV4

/// Collects the headers of the final response from the lines libcurl's header callback delivers.
///
/// libcurl passes every header line of every response it reads: interim `100 Continue` replies,
/// a proxy's `CONNECT` reply and the final response. Each starts with a status line (`HTTP/1.1 100
/// Continue`, `HTTP/2 200`), so a status line discards what came before and only the final
/// response's headers remain. Pure: no libcurl calls.
struct CurlResponseHeaderParser: Sendable, Equatable {
    /// The headers of the latest response, in the order received.
    private(set) var headers: [HTTPHeader] = []

    /// Creates an empty parser.
    init() {}

    /// Takes one raw header line, with or without its trailing CRLF.
    mutating func consume(_ line: String) {
        var text = Substring(line)
        while let last = text.last, last.isNewline { text = text.dropLast() }
        if text.hasPrefix("HTTP/") {
            headers.removeAll()
        } else if text.isEmpty {
            return
        } else if let first = text.first, first == " " || first == "\t", let last = headers.indices.last {
            // An obsolete folded continuation line belongs to the previous header.
            headers[last].value += " " + Self.trimmed(text)
        } else if let colon = text.firstIndex(of: ":") {
            headers.append(HTTPHeader(String(text[..<colon]), Self.trimmed(text[text.index(after: colon)...])))
        }
    }

    /// `text` without leading and trailing spaces and tabs.
    private static func trimmed(_ text: Substring) -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        return String(text.drop(while: isBlank).reversed().drop(while: isBlank).reversed())
    }
}
