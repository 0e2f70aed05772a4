/// A position in a YAML file.
public struct YAMLPosition: Sendable, Hashable {
    /// The file's path.
    public var file: String
    /// The line, from 1.
    public var line: Int
    /// The column, from 1.
    public var column: Int

    /// Creates a position.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }
}

/// A value read from a YAML file, with where it was written.
public struct YAMLLocated<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The value.
    public var value: Value
    /// Where it was written.
    public var location: YAMLPosition

    /// Pairs `value` with `location`.
    public init(value: Value, location: YAMLPosition) {
        self.value = value
        self.location = location
    }
}
