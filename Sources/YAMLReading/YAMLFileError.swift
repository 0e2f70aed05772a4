/// Why a YAML file could not be used: the file and, when known, the line and column, and what is wrong.
public struct YAMLFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's path (or a name such as `compiled-in`).
    public var file: String
    /// The line, from 1.
    public var line: Int?
    /// The column, from 1.
    public var column: Int?
    /// What is wrong, in a sentence.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// Creates an error at `position`.
    public init(_ position: YAMLPosition, _ message: String) {
        self.init(file: position.file, line: position.line, column: position.column, message: message)
    }

    /// `file:line:column: message`, as compilers print it.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let line, line > 0, let column { place += ":\(column)" }
        return "\(place): \(message)"
    }
}
