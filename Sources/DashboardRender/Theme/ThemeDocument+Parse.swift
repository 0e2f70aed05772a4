import YAMLReading
import Yams

extension ThemeDocument {
    /// The top-level keys a theme file may have.
    static let topLevelKeys = ["name", "description", "palette", "roles"]

    /// Reads a theme file's text; `file` names it in errors. Checks structure, role names, palette
    /// colours and attribute names; role colours are checked when resolved (they may name the palette).
    static func parse(_ yaml: String, file: String) throws(ThemeError) -> ThemeDocument {
        let root: Node?
        do {
            root = try YAMLNodeReader(file: file).compose(yaml)
        } catch {
            throw error
        }
        var document = ThemeDocument(file: file)
        guard let root else { return document }
        let parser = NodeReader(file: file)
        for (key, value) in try parser.mapping(root, what: "a theme") {
            switch key.value {
            case "name": document.name = try parser.scalar(value, what: "name").value
            case "description": document.summary = try parser.scalar(value, what: "description").value
            case "palette": document.palette = try parser.palette(value)
            case "roles": document.roles = try parser.roles(value)
            default:
                throw ThemeError(
                    key.location, "unknown key '\(key.value)': expected \(topLevelKeys.joined(separator: ", "))")
            }
        }
        return document
    }
}

/// Reads Yams nodes into theme values, turning every surprise into a `ThemeError` at its position.
private struct NodeReader {
    /// The file's path, for locations.
    let file: String

    /// Where `node` starts.
    func location(_ node: Node) -> ThemeLocation {
        YAMLNodeReader(file: file).location(node)
    }

    /// The (key, value) pairs of a mapping node, keys as located strings; duplicate keys rejected.
    func mapping(_ node: Node, what: String) throws(ThemeError) -> [(key: Located<String>, value: Node)] {
        do {
            return try YAMLNodeReader(file: file).mapping(node, what: what)
        } catch {
            throw error
        }
    }

    /// A scalar node's text; an empty value (`fg:`) reads as "".
    func scalar(_ node: Node, what: String) throws(ThemeError) -> Located<String> {
        do {
            return try YAMLNodeReader(file: file).scalar(node, what: what)
        } catch {
            throw error
        }
    }

    /// The `palette` section: names to literal colours.
    func palette(_ node: Node) throws(ThemeError) -> [String: Located<ThemeColor>] {
        var palette: [String: Located<ThemeColor>] = [:]
        for (key, value) in try mapping(node, what: "the palette") {
            if ThemeColor(parsing: key.value) != nil || key.value.isEmpty {
                throw ThemeError(key.location, "palette name '\(key.value)' is itself a colour; choose another name")
            }
            let text = try scalar(value, what: "palette colour '\(key.value)'")
            guard let color = ThemeColor(parsing: text.value) else {
                throw ThemeError(text.location, ThemeDocument.badColorMessage(text.value, palette: []))
            }
            palette[key.value] = Located(value: color, location: text.location)
        }
        return palette
    }

    /// The `roles` section.
    func roles(_ node: Node) throws(ThemeError) -> [StyleRole: ThemeDocument.Role] {
        var roles: [StyleRole: ThemeDocument.Role] = [:]
        for (key, value) in try mapping(node, what: "the roles") {
            guard let role = StyleRole(themeKey: key.value) else {
                let known = StyleRole.allCases.map(\.rawValue).joined(separator: ", ")
                throw ThemeError(key.location, "unknown role '\(key.value)': expected one of \(known)")
            }
            roles[role] = try self.role(value, name: key.value)
        }
        return roles
    }

    /// One role's `fg`, `bg` and `attrs`.
    func role(_ node: Node, name: String) throws(ThemeError) -> ThemeDocument.Role {
        var role = ThemeDocument.Role()
        for (key, value) in try mapping(node, what: "role '\(name)'") {
            switch key.value {
            case "fg": role.foreground = try scalar(value, what: "\(name).fg")
            case "bg": role.background = try scalar(value, what: "\(name).bg")
            case "attrs": role.attributes = try attributes(value)
            default:
                throw ThemeError(key.location, "unknown key '\(key.value)' in role '\(name)': expected fg, bg, attrs")
            }
        }
        return role
    }

    /// An `attrs` value: a list (`[bold, underline]`), one name, or an empty list.
    func attributes(_ node: Node) throws(ThemeError) -> Located<TextAttributes> {
        let items: [Node]
        if let sequence = node.sequence {
            items = Array(sequence)
        } else {
            let text = try scalar(node, what: "attrs")
            items = text.value.isEmpty ? [] : [node]
        }
        var attributes: TextAttributes = []
        for item in items {
            let text = try scalar(item, what: "an attribute")
            guard let attribute = TextAttributes(name: text.value) else {
                let known = TextAttributes.named.map(\.name).joined(separator: ", ")
                throw ThemeError(text.location, "unknown attribute '\(text.value)': expected \(known)")
            }
            attributes.insert(attribute)
        }
        return Located(value: attributes, location: location(node))
    }
}
