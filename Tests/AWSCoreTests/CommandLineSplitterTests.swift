import AWSCore
import Testing

/// `credential_process` lines split as Python's `shlex.split` does, with no shell involved.
@Suite struct CommandLineSplitterTests {
    /// Quotes, escapes and shell metacharacters.
    @Test(arguments: [
        ("aws-vault export --format=json prod", ["aws-vault", "export", "--format=json", "prod"]),
        ("'/opt/my tools/get creds' --x", ["/opt/my tools/get creds", "--x"]),
        (#""a\"b" "a\x" ''"#, [#"a"b"#, #"a\x"#, ""]),
        (#"a\ b c"#, ["a b", "c"]),
        ("tool; rm -rf / $(id) `id` | cat", ["tool;", "rm", "-rf", "/", "$(id)", "`id`", "|", "cat"]),
        ("  spaced\targs  ", ["spaced", "args"])
    ])
    func splits(line: String, expected: [String]) throws {
        #expect(try CommandLineSplitter.split(line) == expected)
    }

    /// Unclosed quotes and a trailing backslash are errors.
    @Test func rejectsBrokenLines() {
        #expect(throws: CommandLineSplitter.SplitError.unclosedQuote) { try CommandLineSplitter.split("a 'b") }
        #expect(throws: CommandLineSplitter.SplitError.trailingBackslash) { try CommandLineSplitter.split("a \\") }
    }
}
