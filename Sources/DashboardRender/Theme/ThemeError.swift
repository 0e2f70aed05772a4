import YAMLReading

/// Why a theme file could not be used, with the file and, when known, the line and column.
public struct ThemeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's path (or `compiled-in`).
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

    /// Creates an error at `location`.
    init(_ location: ThemeLocation, _ message: String) {
        self.init(file: location.file, line: location.line, column: location.column, message: message)
    }

    /// `file:line:column: message`, as compilers print it.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let line, line > 0, let column { place += ":\(column)" }
        return "\(place): \(message)"
    }
}

/// A position in a theme file.
typealias ThemeLocation = YAMLPosition

/// A value read from a theme file, with where it was written.
typealias Located<Value: Sendable & Hashable> = YAMLLocated<Value>

extension ThemeError {
    /// The same error as a theme error.
    init(_ error: YAMLFileError) {
        self.init(file: error.file, line: error.line, column: error.column, message: error.message)
    }
}
