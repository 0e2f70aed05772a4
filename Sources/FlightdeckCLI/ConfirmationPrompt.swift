import ArgumentParser
import Foundation

/// The terminal's question before a change: `y` (or, for a shrink of more than half, the group's name).
enum ConfirmationPrompt {
    /// Asks with `prompt` (`Type NAME to apply: ` when `typedName` is given) and returns when the
    /// answer confirms; says "not applied" and fails otherwise, and refuses when stdin is not a terminal.
    static func ask(_ prompt: String, typedName: String?) throws {
        guard isatty(STDIN_FILENO) != 0 else {
            throw CommandError("not applied: stdin is not a terminal; pass --yes to apply without asking")
        }
        FileHandle.standardOutput.write(Data((typedName.map { "Type \($0) to apply: " } ?? prompt).utf8))
        let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces)
        guard typedName.map({ answer == $0 }) ?? ["y", "yes"].contains(answer.lowercased()) else {
            print("not applied")
            throw ExitCode.failure
        }
    }
}
