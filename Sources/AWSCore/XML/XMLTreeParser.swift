/// Parses XML bytes into an `XMLNode` tree.
///
/// A small, strict parser for what AWS sends: elements, attributes, text, the five predefined
/// entities and character references, CDATA, comments and processing instructions. A document type
/// declaration is refused, so no entity is ever expanded or fetched. It is written here rather than
/// taken from FoundationXML because FoundationXML links libxml2, which a bastion host may not have
/// (see DECISIONS.md, "Release"). A malformed document becomes `AWSDecodingError` with the line and
/// column of the problem, never a trap.
public enum XMLTreeParser {
    /// Parses `bytes` and returns the root element.
    /// The offset of the first byte that does not belong to valid UTF-8, or nil when all do.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    public static func parse(_ bytes: [UInt8]) throws -> XMLNode {
        if bytes.allSatisfy(XMLScanner.isSpace) {
            throw AWSDecodingError(.malformedXML, path: "", detail: "the body is empty")
        }
        if let offset = firstInvalidUTF8(bytes) {
            // AWS replies are UTF-8; anything else is a broken reply or not AWS at all.
            throw AWSDecodingError(.malformedXML, path: "", detail: "byte \(offset) is not valid UTF-8")
        }
        var scanner = XMLScanner(bytes)
        do {
            return try scanner.document()
        } catch {
            let failure = error
            throw AWSDecodingError(
                .malformedXML, path: "",
                detail: "line \(failure.line), column \(failure.column): not well-formed (\(failure.reason))")
        }
    }
}

/// The parser's state: the bytes, the read position and the open elements.
struct XMLScanner {
    /// A problem and where it was found (1-based line and column, in bytes).
    struct Failure: Error {
        /// What is wrong.
        var reason: String
        /// The line of the problem.
        var line: Int
        /// The column of the problem.
        var column: Int
    }

    /// An element still open, with its text gathered as bytes.
    private struct Open {
        var node: XMLNode
        var text: [UInt8] = []
    }

    private let bytes: [UInt8]
    private var index = 0
    private var stack: [Open] = []

    /// A scanner at the start of `bytes`.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    /// Whether `byte` is XML white space.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// The document: prolog, one root element, then only comments, instructions and white space.
    mutating func document() throws(Failure) -> XMLNode {
        var root: XMLNode?
        while index < bytes.count {
            if Self.isSpace(bytes[index]) {
                index += 1
            } else if looking(at: "<?") {
                try skip(past: "?>", what: "processing instruction")
            } else if looking(at: "<!--") {
                try skip(past: "-->", what: "comment")
            } else if looking(at: "<!") {
                throw failure("document type declarations are not accepted")
            } else if bytes[index] == UInt8(ascii: "<"), root == nil {
                root = try element()
            } else {
                throw failure(root == nil ? "no root element" : "content after the root element")
            }
        }
        guard let root else { throw failure("no root element") }
        return root
    }

    /// One element and everything in it; `index` is at its `<`.
    private mutating func element() throws(Failure) -> XMLNode {
        let depth = stack.count
        if let empty = try openTag() { return empty }
        while true {
            guard index < bytes.count else { throw failure("<\(stack[stack.count - 1].node.name)> is never closed") }
            if looking(at: "</") {
                let closed = try closeTag()
                if stack.count == depth { return closed }
                stack[stack.count - 1].node.children.append(closed)
            } else if looking(at: "<![CDATA[") {
                index += 9
                let start = index
                try skip(past: "]]>", what: "CDATA section")
                stack[stack.count - 1].text += normalisedLineEnds(bytes[start..<(index - 3)])
            } else if looking(at: "<!--") {
                try skip(past: "-->", what: "comment")
            } else if looking(at: "<?") {
                try skip(past: "?>", what: "processing instruction")
            } else if looking(at: "<!") {
                throw failure("markup declarations are not accepted")
            } else if bytes[index] == UInt8(ascii: "<") {
                if let empty = try openTag() { stack[stack.count - 1].node.children.append(empty) }
            } else {
                let text = try characterData(until: UInt8(ascii: "<"))
                stack[stack.count - 1].text += text
            }
        }
    }

    /// Reads `<name attr="value" ...>` and opens the element, or reads `<name ... />` and returns it.
    private mutating func openTag() throws(Failure) -> XMLNode? {
        index += 1
        let name = try self.name()
        var attributes: [String: String] = [:]
        while true {
            let hadSpace = skipSpace()
            guard index < bytes.count else { throw failure("<\(name) is cut off") }
            if bytes[index] == UInt8(ascii: ">") {
                index += 1
                stack.append(Open(node: node(named: name, attributes: attributes)))
                return nil
            }
            if looking(at: "/>") {
                index += 2
                return node(named: name, attributes: attributes)
            }
            guard hadSpace else { throw failure("expected white space, '>' or '/>' in <\(name)>") }
            let attribute = try self.name()
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
                throw failure("attribute \(attribute) has no '='")
            }
            index += 1
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
                throw failure("attribute \(attribute) has no quoted value")
            }
            let quote = bytes[index]
            index += 1
            let value = try characterData(until: quote)
            guard index < bytes.count else { throw failure("attribute \(attribute) is cut off") }
            index += 1
            guard attributes[attribute] == nil else { throw failure("attribute \(attribute) is repeated") }
            attributes[attribute] = String(decoding: value, as: UTF8.self)
        }
    }

    /// Reads `</name>` and returns the element it closes, its text set.
    private mutating func closeTag() throws(Failure) -> XMLNode {
        let start = index
        index += 2
        let name = try self.name()
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else {
            throw failure("</\(name) is not closed with '>'")
        }
        index += 1
        guard let open = stack.popLast() else { throw failure("</\(name)> without an open element", at: start) }
        guard open.node.name == name else { throw failure("</\(name)> closes <\(open.node.name)>", at: start) }
        var node = open.node
        node.text = String(decoding: open.text, as: UTF8.self)
        return node
    }

    /// A new element whose path follows the open parent's, as `A/B/member[2]`.
    private func node(named name: String, attributes: [String: String]) -> XMLNode {
        let parent = stack.last?.node
        let siblings = parent?.children.filter { $0.name == name }.count ?? 0
        let step = siblings > 0 || name == "member" || name == "item" ? "\(name)[\(siblings + 1)]" : name
        let path = parent.map { "\($0.path)/\(step)" } ?? name
        return XMLNode(name: name, attributes: attributes, path: path)
    }

    /// An element or attribute name: up to white space or a delimiter.
    private mutating func name() throws(Failure) -> String {
        let start = index
        while index < bytes.count, !Self.isSpace(bytes[index]), !Self.delimiters.contains(bytes[index]) { index += 1 }
        guard index > start else { throw failure("a name is missing") }
        let first = bytes[start]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: ".")
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
        {
            throw failure("a name cannot start with '\(Character(Unicode.Scalar(first)))'", at: start)
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// Bytes that end a name.
    private static let delimiters: Set<UInt8> = Set("/>=<\"'&;![]?".utf8)

    /// Text up to `end` (not consumed), with references replaced and line ends normalised.
    private mutating func characterData(until end: UInt8) throws(Failure) -> [UInt8] {
        var text: [UInt8] = []
        while index < bytes.count, bytes[index] != end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "&") {
                text += try reference()
            } else if byte == UInt8(ascii: "<") {
                throw failure("'<' in an attribute value")
            } else if byte == 0x0D {
                text.append(0x0A)
                index += 1
                if index < bytes.count, bytes[index] == 0x0A { index += 1 }
            } else {
                text.append(byte)
                index += 1
            }
        }
        return text
    }

    /// `&lt;`, `&gt;`, `&amp;`, `&quot;`, `&apos;`, `&#NN;` or `&#xHH;`, as UTF-8.
    private mutating func reference() throws(Failure) -> [UInt8] {
        let start = index
        guard let semicolon = bytes[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
            throw failure("'&' starts no reference")
        }
        let body = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
        index = semicolon + 1
        switch body {
        case "lt": return [UInt8(ascii: "<")]
        case "gt": return [UInt8(ascii: ">")]
        case "amp": return [UInt8(ascii: "&")]
        case "quot": return [UInt8(ascii: "\"")]
        case "apos": return [UInt8(ascii: "'")]
        default:
            let number: UInt32?
            if body.hasPrefix("#x") {
                number = UInt32(body.dropFirst(2), radix: 16)
            } else if body.hasPrefix("#") {
                number = UInt32(body.dropFirst(), radix: 10)
            } else {
                throw failure("the entity &\(body); is not defined", at: start)
            }
            guard let number, number != 0, let scalar = Unicode.Scalar(number) else {
                throw failure("&\(body); is no character", at: start)
            }
            return Array(String(Character(scalar)).utf8)
        }
    }

    /// `slice` with CR LF and lone CR turned into LF.
    private func normalisedLineEnds(_ slice: ArraySlice<UInt8>) -> [UInt8] {
        var text: [UInt8] = []
        text.reserveCapacity(slice.count)
        var previousCR = false
        for byte in slice {
            if byte == 0x0D {
                text.append(0x0A)
            } else if !(byte == 0x0A && previousCR) {
                text.append(byte)
            }
            previousCR = byte == 0x0D
        }
        return text
    }

    /// Whether the bytes at the read position are `literal`.
    private func looking(at literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let start = literal.utf8Start
        for offset in 0..<count where bytes[index + offset] != start[offset] { return false }
        return true
    }

    /// Moves past the next `terminator`; fails when there is none.
    private mutating func skip(past terminator: StaticString, what: String) throws(Failure) {
        let start = index
        while index < bytes.count {
            if looking(at: terminator) {
                index += terminator.utf8CodeUnitCount
                return
            }
            index += 1
        }
        throw failure("the \(what) is never closed", at: start)
    }

    /// Skips white space; whether there was any.
    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = index
        while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
        return index > start
    }

    /// A failure at `position` (default: the read position), with its line and column.
    private func failure(_ reason: String, at position: Int? = nil) -> Failure {
        let end = min(position ?? index, bytes.count)
        var line = 1
        var lineStart = 0
        for offset in 0..<end where bytes[offset] == 0x0A {
            line += 1
            lineStart = offset + 1
        }
        return Failure(reason: reason, line: line, column: end - lineStart + 1)
    }
}
