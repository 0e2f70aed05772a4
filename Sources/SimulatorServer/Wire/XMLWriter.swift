/// Builds small XML documents by appending elements; escapes text and attribute values.
public struct XMLWriter: Sendable {
    /// The text so far.
    public private(set) var text = ""

    /// An empty document with the XML declaration.
    public init(declaration: Bool = true) {
        if declaration { text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" }
    }

    /// Appends `<name attributes>…</name>`, with `body` writing the children.
    public mutating func element(_ name: String, attributes: [(String, String)] = [], _ body: (inout XMLWriter) -> Void)
    {
        text += "<" + name
        for (key, value) in attributes { text += " \(key)=\"\(Self.escape(value))\"" }
        text += ">"
        body(&self)
        text += "</\(name)>"
    }

    /// Appends `<name>value</name>` with `value` escaped.
    public mutating func leaf(_ name: String, _ value: String) {
        text += "<\(name)>\(Self.escape(value))</\(name)>"
    }

    /// Appends `<name>value</name>` when `value` is not nil.
    public mutating func leaf(_ name: String, _ value: String?) {
        if let value { leaf(name, value) }
    }

    /// Appends an integer leaf.
    public mutating func leaf(_ name: String, _ value: Int) {
        leaf(name, String(value))
    }

    /// Appends a boolean leaf as `true`/`false`.
    public mutating func leaf(_ name: String, _ value: Bool) {
        leaf(name, value ? "true" : "false")
    }

    /// Appends `<name>` holding one `<member>` per item (the query protocol's list shape).
    public mutating func members<Item>(
        _ name: String, _ items: [Item], tag: String = "member", _ body: (inout XMLWriter, Item) -> Void
    ) {
        element(name) { writer in
            for item in items {
                writer.element(tag) { body(&$0, item) }
            }
        }
    }

    /// Appends `<name>` holding one `<member>text</member>` per string.
    public mutating func stringMembers(_ name: String, _ items: [String], tag: String = "member") {
        element(name) { writer in
            for item in items { writer.leaf(tag, item) }
        }
    }

    /// Escapes `&`, `<`, `>`, `"` and `'`.
    public static func escape(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for character in value {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(character)
            }
        }
        return out
    }
}
