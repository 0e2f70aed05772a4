/// Splits a `credential_process` command line into arguments as the AWS CLI does (POSIX `shlex`).
///
/// No shell ever sees the line: quotes and backslashes only group characters into arguments, and
/// `;`, `|`, `$(...)` or backquotes are ordinary characters.
public enum CommandLineSplitter {
    /// Why a command line cannot be split.
    public enum SplitError: Error, Sendable, Equatable, CustomStringConvertible {
        /// A `'` or `"` is never closed.
        case unclosedQuote
        /// The line ends with a lone backslash.
        case trailingBackslash

        /// A short explanation.
        public var description: String {
            switch self {
            case .unclosedQuote: return "a quote is not closed"
            case .trailingBackslash: return "the command ends with a lone backslash"
            }
        }
    }

    /// The arguments of `line`: whitespace separates, `'...'` is literal, `"..."` allows `\"` and `\\`.
    public static func split(_ line: String) throws -> [String] {
        var arguments: [String] = []
        var current = ""
        var inArgument = false
        var iterator = line.makeIterator()
        while let character = iterator.next() {
            switch character {
            case " ", "\t", "\n", "\r":
                if inArgument { arguments.append(current) }
                current = ""
                inArgument = false
            case "'":
                inArgument = true
                while true {
                    guard let next = iterator.next() else { throw SplitError.unclosedQuote }
                    if next == "'" { break }
                    current.append(next)
                }
            case "\"":
                inArgument = true
                while true {
                    guard let next = iterator.next() else { throw SplitError.unclosedQuote }
                    if next == "\"" { break }
                    if next == "\\" {
                        guard let escaped = iterator.next() else { throw SplitError.unclosedQuote }
                        if escaped != "\"" && escaped != "\\" { current.append("\\") }
                        current.append(escaped)
                    } else {
                        current.append(next)
                    }
                }
            case "\\":
                guard let escaped = iterator.next() else { throw SplitError.trailingBackslash }
                inArgument = true
                current.append(escaped)
            default:
                inArgument = true
                current.append(character)
            }
        }
        if inArgument { arguments.append(current) }
        return arguments
    }
}
