import Yams

/// Reads Yams nodes of one file, turning every surprise into a `YAMLFileError` at its position.
public struct YAMLNodeReader: Sendable {
    /// The file's path, for locations.
    public let file: String

    /// A reader for nodes of `file`.
    public init(file: String) {
        self.file = file
    }

    /// Composes `yaml` into a node tree; nil for an empty document.
    public func compose(_ yaml: String) throws(YAMLFileError) -> Node? {
        do {
            return try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw YAMLFileError(yaml: error, file: file)
        } catch {
            throw YAMLFileError(file: file, message: "cannot read YAML: \(error)")
        }
    }

    /// Where `node` starts.
    public func location(_ node: Node) -> YAMLPosition {
        YAMLPosition(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }

    /// The (key, value) pairs of a mapping node, keys as located strings; duplicate keys rejected.
    public func mapping(_ node: Node, what: String) throws(YAMLFileError) -> [(key: YAMLLocated<String>, value: Node)] {
        guard let mapping = node.mapping else {
            throw YAMLFileError(location(node), "expected \(what) as a mapping of keys to values")
        }
        var seen: Set<String> = []
        var pairs: [(key: YAMLLocated<String>, value: Node)] = []
        for (key, value) in mapping {
            let name = try scalar(key, what: "a key")
            guard seen.insert(name.value).inserted else {
                throw YAMLFileError(name.location, "duplicate key '\(name.value)'")
            }
            pairs.append((name, value))
        }
        return pairs
    }

    /// A scalar node's text; an empty value (`fg:`) reads as "".
    public func scalar(_ node: Node, what: String) throws(YAMLFileError) -> YAMLLocated<String> {
        guard let scalar = node.scalar else {
            throw YAMLFileError(location(node), "expected a single value for \(what)")
        }
        return YAMLLocated(value: scalar.string, location: location(node))
    }

    /// A sequence node's items; a single scalar reads as a one-item list.
    public func list(_ node: Node, what: String) throws(YAMLFileError) -> [YAMLLocated<String>] {
        guard let sequence = node.sequence else {
            let single = try scalar(node, what: what)
            return single.value.isEmpty ? [] : [single]
        }
        var items: [YAMLLocated<String>] = []
        for item in sequence { items.append(try scalar(item, what: "an item of \(what)")) }
        return items
    }
}
