import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses XML bytes into an `XMLNode` tree with FoundationXML's `XMLParser`.
///
/// External entities are never resolved. A malformed document becomes `AWSDecodingError` with the
/// parser's line and column, never a trap.
public enum XMLTreeParser {
    /// Parses `bytes` and returns the root element.
    public static func parse(_ bytes: [UInt8]) throws -> XMLNode {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw AWSDecodingError(.malformedXML, path: "", detail: "the body is empty")
        }
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
