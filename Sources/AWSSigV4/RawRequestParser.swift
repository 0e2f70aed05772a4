/// Reads one raw HTTP/1.1 request, as in AWS's SigV4 test suite (`.req` files), into a `SigningRequest`.
///
/// Lines may end in LF or CRLF. The request target may contain raw spaces (the suite's `get-space`
/// case), so the method is the first word and the version the last. Header lines that start with
/// white space continue the previous header (obs-fold) and are joined to it with one space, as
/// RFC 7230 §3.2.4 says. Everything after the first empty line is the body.
public enum RawRequestParser {
    /// Why a raw request could not be read; `line` is 1-based.
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        /// The 1-based line the problem is on.
        public var line: Int
        /// What is wrong there.
        public var reason: String
        /// `line N: reason`.
        public var description: String { "line \(line): \(reason)" }
    }

    /// Parses `bytes` into a request; throws `ParseError` naming the line of the first problem.
    public static func parse(_ bytes: [UInt8]) throws -> SigningRequest {
        var lines: [ArraySlice<UInt8>] = []
        var bodyStart: Int?
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                var line = bytes[lineStart..<index]
                if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
                if line.isEmpty && !lines.isEmpty {
                    bodyStart = index + 1
                    break
                }
                lines.append(line)
                lineStart = index + 1
            }
            index += 1
        }
        if bodyStart == nil && lineStart < bytes.count {
            var line = bytes[lineStart...]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            lines.append(line)
        }
        guard let first = lines.first else { throw ParseError(line: 1, reason: "empty request") }
        let requestLine = String(decoding: first, as: UTF8.self)
        guard let firstSpace = requestLine.firstIndex(of: " "),
            let lastSpace = requestLine.lastIndex(of: " "), firstSpace < lastSpace
        else { throw ParseError(line: 1, reason: "request line is not 'METHOD TARGET HTTP/1.1'") }
        let method = String(requestLine[..<firstSpace])
        let target = String(requestLine[requestLine.index(after: firstSpace)..<lastSpace])
        let version = requestLine[requestLine.index(after: lastSpace)...]
        guard !method.isEmpty, method.allSatisfy({ $0.isLetter }) else {
            throw ParseError(line: 1, reason: "method '\(method)' is not a word")
        }
        guard version.hasPrefix("HTTP/") else {
            throw ParseError(line: 1, reason: "no HTTP version at the end of the request line")
        }
        guard target.hasPrefix("/") else { throw ParseError(line: 1, reason: "request target must start with '/'") }

        var headers: [HTTPHeader] = []
        for (offset, raw) in lines.dropFirst().enumerated() {
            let lineNumber = offset + 2
            let text = String(decoding: raw, as: UTF8.self)
            if let firstByte = raw.first, firstByte == UInt8(ascii: " ") || firstByte == UInt8(ascii: "\t") {
                guard let last = headers.popLast() else {
                    throw ParseError(line: lineNumber, reason: "continuation line before any header")
                }
                headers.append(HTTPHeader(last.name, last.value + " " + text))
                continue
            }
            guard let colon = text.firstIndex(of: ":") else {
                throw ParseError(line: lineNumber, reason: "header line has no ':'")
            }
            let name = String(text[..<colon])
            guard !name.isEmpty, !name.contains(where: { $0 == " " || $0 == "\t" }) else {
                throw ParseError(line: lineNumber, reason: "header name '\(name)' is empty or has white space")
            }
            headers.append(HTTPHeader(name, String(text[text.index(after: colon)...])))
        }

        let path: String
        let query: String
        if let mark = target.firstIndex(of: "?") {
            path = String(target[..<mark])
            query = String(target[target.index(after: mark)...])
        } else {
            path = target
            query = ""
        }
        let body = bodyStart.map { Array(bytes[$0...]) } ?? []
        return SigningRequest(method: method, path: path, query: query, headers: headers, body: body)
    }
}
