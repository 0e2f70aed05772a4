/// A shared config or credentials file that cannot be used: where, and what is wrong.
///
/// The message names the file and the 1-based line but never quotes the line, which could hold a
/// secret key.
public struct ConfigFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's path.
    public var path: String
    /// The 1-based line, or nil when the problem concerns the whole file (unreadable, not UTF-8).
    public var line: Int?
    /// What is wrong, e.g. `expected 'key = value' or '[section]'`.
    public var problem: String

    /// Creates an error.
    public init(path: String, line: Int?, problem: String) {
        self.path = path
        self.line = line
        self.problem = problem
    }

    /// `path:line: problem`, or `path: problem` without a line.
    public var description: String {
        if let line { return "\(path):\(line): \(problem)" }
        return "\(path): \(problem)"
    }
}
