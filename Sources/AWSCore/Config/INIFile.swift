/// One `[section]` of an INI file: its properties and nested sub-sections.
public struct INISection: Sendable, Equatable {
    /// The text between the brackets, trimmed, e.g. `profile prod` or `default`.
    public var name: String
    /// The 1-based line of the header (of its first occurrence when the section repeats).
    public var line: Int
    /// `key = value` pairs; keys are lower-cased, as the AWS CLI's parser does.
    public var properties: [String: String]
    /// Nested blocks such as `s3 =` followed by indented `key = value` lines, by parent key.
    public var subsections: [String: [String: String]]

    /// Creates a section.
    public init(
        name: String, line: Int, properties: [String: String] = [:], subsections: [String: [String: String]] = [:]
    ) {
        self.name = name
        self.line = line
        self.properties = properties
        self.subsections = subsections
    }
}

/// An AWS-style INI file (the shared config or credentials file), parsed.
///
/// The dialect is the AWS CLI's: full-line comments start with `#` or `;`; a property is
/// `key = value` split at the first `=` (so values may contain `=`); an indented line deeper than
/// the property above continues it, or, when that property's value is empty (`s3 =`), is a
/// `key = value` of a nested block. A section that appears twice is merged, later keys winning.
public struct INIFile: Sendable, Equatable {
    /// The path the text came from, used in error messages.
    public var path: String
    /// The sections, in the order of their first header.
    public var sections: [INISection]

    /// The section named `name`, if present.
    public func section(_ name: String) -> INISection? {
        sections.first { $0.name == name }
    }

    /// Parses `text`; errors name `path` and the 1-based line, never the line's content.
    public static func parse(_ text: String, path: String) throws -> INIFile {
        var parser = INIParser(path: path)
        var number = 0
        // "\r\n" is one Character in Swift, so split on both kinds of line end.
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            try parser.consume(line: raw.hasSuffix("\r") ? raw.dropLast() : raw, number: number)
        }
        return INIFile(path: path, sections: parser.sections)
    }
}

/// The line-by-line state of `INIFile.parse`.
private struct INIParser {
    /// The property that indented lines may continue.
    private struct OpenProperty {
        /// The property's key.
        var key: String
        /// The property line's indentation.
        var indent: Int
        /// Whether its value was empty, so indented lines form a nested block.
        var nested: Bool
    }

    /// The file path for error messages.
    let path: String
    /// The sections parsed so far.
    var sections: [INISection] = []
    /// The index of the section being filled.
    private var current: Int?
    /// The last property, which deeper-indented lines continue.
    private var open: OpenProperty?

    /// Starts an empty parse of `path`.
    init(path: String) {
        self.path = path
    }

    /// Parses one line (without its line end).
    mutating func consume(line: Substring, number: Int) throws {
        let indent = line.prefix { $0 == " " || $0 == "\t" }.count
        let text = line.trimmingINIWhitespace()
        if text.isEmpty || text.hasPrefix("#") || text.hasPrefix(";") { return }
        // A bracketed line is a header even when indented (unlike Python's configparser, which
        // would silently glue it to the value above).
        if text.hasPrefix("[") {
            try startSection(text, number: number)
            return
        }
        if indent > 0, let property = open, indent > property.indent, let index = current {
            try continueProperty(property, text: text, number: number, section: index)
            return
        }
        guard let equals = text.firstIndex(of: "=") else {
            throw error(number, "expected 'key = value' or '[section]'")
        }
        let key = text[..<equals].trimmingINIWhitespace().lowercased()
        let value = String(text[text.index(after: equals)...].trimmingINIWhitespace())
        guard !key.isEmpty else { throw error(number, "missing key before '='") }
        guard let index = current else { throw error(number, "'key = value' before any '[section]' header") }
        sections[index].properties[key] = value
        sections[index].subsections[key] = nil
        open = OpenProperty(key: key, indent: indent, nested: value.isEmpty)
    }

    /// Adds an indented line to the open property: a continuation or a nested `key = value`.
    private mutating func continueProperty(_ property: OpenProperty, text: Substring, number: Int, section index: Int)
        throws
    {
        guard property.nested else {
            sections[index].properties[property.key, default: ""] += "\n" + text
            return
        }
        guard let equals = text.firstIndex(of: "=") else {
            throw error(number, "expected 'key = value' in the block nested under '\(property.key)'")
        }
        let key = text[..<equals].trimmingINIWhitespace().lowercased()
        guard !key.isEmpty else { throw error(number, "missing key before '='") }
        let value = String(text[text.index(after: equals)...].trimmingINIWhitespace())
        sections[index].subsections[property.key, default: [:]][key] = value
    }

    /// Opens (or reopens) the section of a `[name]` header.
    private mutating func startSection(_ text: Substring, number: Int) throws {
        guard let close = text.lastIndex(of: "]") else {
            throw error(number, "section header has no closing ']'")
        }
        let rest = text[text.index(after: close)...].trimmingINIWhitespace()
        guard rest.isEmpty || rest.hasPrefix("#") || rest.hasPrefix(";") else {
            throw error(number, "unexpected text after the section header's ']'")
        }
        let name = String(text[text.index(after: text.startIndex)..<close].trimmingINIWhitespace())
        guard !name.isEmpty else { throw error(number, "empty section name '[]'") }
        open = nil
        if let existing = sections.firstIndex(where: { $0.name == name }) {
            current = existing
        } else {
            sections.append(INISection(name: name, line: number))
            current = sections.count - 1
        }
    }

    /// An error at `line` of this file.
    private func error(_ line: Int, _ problem: String) -> ConfigFileError {
        ConfigFileError(path: path, line: line, problem: problem)
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    func trimmingINIWhitespace() -> Substring {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
            return self[endIndex...]
        }
        return self[first...last]
    }
}
