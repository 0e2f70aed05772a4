import Foundation
import TestSupport

/// The Python helpers in Benchmarks/Scripts, run with `python3` and read as one JSON line.
enum BenchScripts {
    /// Why a helper failed.
    struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        var description: String
    }

    /// Benchmarks/Scripts, found from this file's path (the benchmark runs from a checkout).
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scripts")

    /// The path of `name` in Benchmarks/Scripts, relative to the working directory when it is the checkout.
    static func path(_ name: String) -> String {
        let full = directory.appendingPathComponent(name).path
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return full.hasPrefix(cwd) ? String(full.dropFirst(cwd.count)) : full
    }

    /// Runs `python3 Benchmarks/Scripts/NAME arguments...` and decodes the last line of its output.
    static func run(_ name: String, _ arguments: [String], environment: [String: String] = [:]) throws -> [String: Any]
    {
        let result = try Spawn.run(["python3", path(name)] + arguments, environment: environment)
        guard result.status == 0 else {
            throw Failure(description: "\(name) exited \(result.status): \(result.stderr.suffix(600))")
        }
        let line = result.stdout.split(separator: "\n").last.map(String.init) ?? ""
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            throw Failure(description: "\(name) printed no JSON object: \(line.prefix(200))")
        }
        return object
    }

    /// The shell form of a command, for the "reproduce with" lines.
    static func shell(_ arguments: [String]) -> String {
        arguments.map { argument in
            argument.allSatisfy({ $0.isLetter || $0.isNumber || "-_./:=,@".contains($0) })
                ? argument : "'" + argument + "'"
        }.joined(separator: " ")
    }
}
