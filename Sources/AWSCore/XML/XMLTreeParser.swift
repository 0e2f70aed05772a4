import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses XML bytes into an `XMLNode` tree with FoundationXML's `XMLParser`.
///
/// External entities are never resolved. A malformed document becomes `AWSDecodingError` with the
/// parser's line and column, never a trap; so does a body FoundationXML cannot take (see `rejectUnsupported`).
public enum XMLTreeParser {
    /// Parses `bytes` and returns the root element.
    public static func parse(_ bytes: [UInt8]) throws -> XMLNode {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw AWSDecodingError(.malformedXML, path: "", detail: "the body is empty")
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard bytes[start...].first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) == UInt8(ascii: "<") else {
            // Not handed to FoundationXML, which leaks the strings of each error it reports.
            throw AWSDecodingError(.malformedXML, path: "", detail: "the body does not start with '<'")
        }
        try rejectUnsupported(bytes)
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let builder = TreeBuilder()
        parser.delegate = builder
        let ok = parser.parse()
        if !ok || builder.failure != nil {
            let reason = builder.failure ?? parser.parserError.map(Self.reason) ?? "not well-formed"
            throw AWSDecodingError(.malformedXML, path: "",
                                   detail: "line \(parser.lineNumber), column \(parser.columnNumber): \(reason)")
        }
        guard let root = builder.root else {
            throw AWSDecodingError(.malformedXML, path: "", detail: "no root element")
        }
        return root
    }

    /// Throws for what AWS replies never hold and FoundationXML cannot read without trapping.
    ///
    /// FoundationXML (Linux) force-unwraps every name, comment and processing instruction as UTF-8
    /// while libxml2's recovery mode hands it invalid bytes (`<a\u{D2}i/>` trapped), and reads
    /// pointers that libxml2 leaves null: a processing instruction without data (`<?pi?>`) and
    /// several DTD declarations. So the body must be UTF-8 and hold no DTD (`<!DOCTYPE`, which
    /// also rules out entity expansion) and no processing instruction but the leading XML
    /// declaration. Comments and CDATA sections are skipped, so their text may hold anything.
    static func rejectUnsupported(_ bytes: [UInt8]) throws {
        if let offset = firstInvalidUTF8(bytes) {
            throw AWSDecodingError(.malformedXML, path: "", detail: "byte \(offset) is not valid UTF-8")
        }
        let lessThan = UInt8(ascii: "<")
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if bytes[index...].starts(with: Array("<?xml".utf8)), index + 5 < bytes.count,
           [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index + 5]) {
            index += 5
        }
        while let open = bytes[index...].firstIndex(of: lessThan) {
            let rest = bytes[(open + 1)...]
            index = open + 1
            if rest.starts(with: Array("!--".utf8)), let end = find(Array("-->".utf8), in: bytes, from: open + 4) {
                index = end
            } else if rest.starts(with: Array("![CDATA[".utf8)), let end = find(Array("]]>".utf8), in: bytes, from: open + 9) {
                index = end
            } else if rest.first == UInt8(ascii: "!") {
                throw AWSDecodingError(.malformedXML, path: "", detail: "byte \(open): a DTD or declaration ('<!') is not accepted")
            } else if rest.first == UInt8(ascii: "?") {
                throw AWSDecodingError(.malformedXML, path: "", detail: "byte \(open): a processing instruction ('<?') is not accepted")
            }
        }
    }

    /// The index just after the first `needle` in `bytes` at or after `start`, or nil.
    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard start <= bytes.count - needle.count else { return nil }
        for index in start...(bytes.count - needle.count) where bytes[index..<(index + needle.count)].elementsEqual(needle) {
            return index + needle.count
        }
        return nil
    }

    /// The offset of the first byte that is not part of valid UTF-8, or nil when all of it is.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// A reason for a parser error. Only the number is reported: on Linux it is libxml2's, which
    /// `XMLParser.ErrorCode` would misname.
    static func reason(_ error: Error) -> String {
        "not well-formed (parser error \((error as NSError).code))"
    }
}

/// The parser delegate: keeps a stack of open elements and closes them into their parents.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    /// The open elements, innermost last.
    var stack: [XMLNode] = []
    /// The closed root element.
    var root: XMLNode?
    /// The first problem found.
    var failure: String?

    /// Opens an element and gives it its path.
    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        let parentPath = stack.last?.path
        let siblings = stack.last?.children.filter { $0.name == elementName }.count ?? 0
        let step = siblings > 0 || elementName == "member" || elementName == "item" ? "\(elementName)[\(siblings + 1)]" : elementName
        let path = parentPath.map { "\($0)/\(step)" } ?? elementName
        stack.append(XMLNode(name: elementName, attributes: attributeDict, path: path))
    }

    /// Appends character data to the open element.
    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += string
    }

    /// Appends a CDATA block to the open element.
    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
    }

    /// Closes the open element into its parent, or makes it the root.
    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        guard let node = stack.popLast() else {
            failure = "closing </\(elementName)> without an open element"
            parser.abortParsing()
            return
        }
        if stack.isEmpty {
            root = node
        } else {
            stack[stack.count - 1].children.append(node)
        }
    }

    /// Keeps the first parse error.
    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if failure == nil { failure = XMLTreeParser.reason(parseError) }
    }
}
