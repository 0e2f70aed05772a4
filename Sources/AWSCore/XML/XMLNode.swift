/// One element of a parsed XML reply: its name, attributes, text and child elements.
///
/// Named `XMLNode` rather than `XMLElement` to stay clear of Foundation's class of that name.
public struct XMLNode: Sendable, Equatable {
    /// The element name as written (namespace prefixes kept, none are stripped).
    public var name: String
    /// The attributes, by name.
    public var attributes: [String: String]
    /// The element's own character data (CDATA included), not trimmed.
    public var text: String
    /// The child elements, in document order.
    public var children: [XMLNode]
    /// Where this element is in the document, e.g. `A/B/member[2]`, for error messages.
    public var path: String

    /// Creates an element.
    public init(
        name: String, attributes: [String: String] = [:], text: String = "", children: [XMLNode] = [],
        path: String? = nil
    ) {
        self.name = name
        self.attributes = attributes
        self.text = text
        self.children = children
        self.path = path ?? name
    }

    /// The text with leading and trailing white space removed.
    public var trimmedText: String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The first child called `name`, or nil.
    public func child(_ name: String) -> XMLNode? {
        children.first { $0.name == name }
    }

    /// The element reached by following `names` from here, or nil when any step is missing.
    public func descendant(_ names: String...) -> XMLNode? {
        descendant(path: names)
    }

    /// The element reached by following `names` from here, or nil when any step is missing.
    public func descendant(path names: [String]) -> XMLNode? {
        var node = self
        for name in names {
            guard let next = node.child(name) else { return nil }
            node = next
        }
        return node
    }

    /// Every child called `name`, in order.
    public func children(_ name: String) -> [XMLNode] {
        children.filter { $0.name == name }
    }

    /// The first child called `name`, or a `missingField` error naming this element's path.
    public func requiredChild(_ name: String) throws -> XMLNode {
        guard let node = child(name) else {
            throw AWSDecodingError(.missingField, path: path, detail: "no <\(name)> element")
        }
        return node
    }

    /// The entries of the list element `name`: its children called `member` (query, rest-xml) or
    /// `item` (EC2), or another name for lists with a location name. Empty when the list is absent.
    public func list(_ name: String, member: String = "member") -> [XMLNode] {
        child(name)?.children(member) ?? []
    }

    /// The trimmed texts of the entries of the list element `name`.
    public func strings(_ name: String, member: String = "member") -> [String] {
        list(name, member: member).map(\.trimmedText)
    }
}
