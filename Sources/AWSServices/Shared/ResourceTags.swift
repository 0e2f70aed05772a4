import AWSCore

/// Reads a list of `<Key>`/`<Value>` tag members, as every query service writes them.
enum ResourceTags {
    /// The tags in the list element `name` of `node` (`Tags`, `TagList`, ...), as a dictionary.
    static func read(_ node: XMLNode, list name: String, member: String = "member") -> [String: String] {
        var tags: [String: String] = [:]
        for tag in node.list(name, member: member) {
            if let key = tag.string("Key") { tags[key] = tag.string("Value") ?? "" }
        }
        return tags
    }
}
