import CurlTransport
import Foundation
import TestSupport
import Testing

/// Whether `CI=true`: tests needing a tool then fail instead of being skipped when it is missing.
let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

/// Whether `program` is an executable in `PATH`.
func toolAvailable(_ program: String) -> Bool {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
}

/// Runs when `program` exists, and always under CI (where a missing tool must fail the test).
func requiresTool(_ program: String) -> Bool {
    isCI || toolAvailable(program)
}

/// The folder of this test target's fixtures.
let fixturesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures").path

/// The loopback metadata/container/portal stand-in (`Fixtures/metadata_server.py`), on a free port.
final class FixtureServer: @unchecked Sendable {
    /// Why the server could not start.
    struct StartError: Error, CustomStringConvertible {
        /// What went wrong.
        var description: String
    }

    private let process = Process()
    private let input = Pipe()
    /// The port it listens on.
    let port: Int
    /// `http://127.0.0.1:PORT`.
    var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Starts `python3 metadata_server.py ARGUMENTS` and reads its port.
    init(_ arguments: [String] = []) throws {
        guard toolAvailable("python3") else {
            throw StartError(description: "python3 is not installed (required under CI=true)")
        }
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", fixturesDirectory + "/metadata_server.py"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.standardError
        process.standardInput = input
        try process.run()
        var line = Data()
        let handle = output.fileHandleForReading
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        else {
            process.terminate()
            throw StartError(description: "metadata_server.py printed no port")
        }
        self.port = port
    }

    /// How many times each `METHOD /path` was requested.
    func counts() async throws -> [String: Int] {
        let response = try await CurlTransport().send(
            .init(method: "GET", url: try #require(URL(string: baseURL + "/_counts"))))
        let decoded = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Int]
        return decoded ?? [:]
    }

    /// Stops the server.
    func stop() {
        guard process.isRunning else { return }
        try? input.fileHandleForWriting.close()
        process.terminate()
        let deadline = Date().addingTimeInterval(2)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    deinit { stop() }
}
