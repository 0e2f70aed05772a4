import FlightdeckPlatform
import Foundation

/// The outcome of a finished child process.
public struct ProcessResult: Sendable {
    /// The exit status.
    public var status: Int32
    /// Everything written to stdout, as UTF-8.
    public var stdout: String
    /// Everything written to stderr, as UTF-8.
    public var stderr: String
}

/// Runs commands to completion and collects their output.
public enum ProcessRunner {
    /// Runs `executable` with `arguments`, feeding `input` on stdin; `environment` replaces the
    /// process environment when given, and `extraEnvironment` is added on top.
    public static func run(
        _ executable: URL, _ arguments: [String], input: Data = Data(),
        environment: [String: String]? = nil,
        extraEnvironment: [String: String] = [:]
    ) throws -> ProcessResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = environment ?? Platform.environment
        env.merge(extraEnvironment) { _, new in new }
        process.environment = env
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        // Read both pipes concurrently so a chatty child cannot block on a full pipe.
        let errorData = LockedData()
        let errorReader = Thread { errorData.set(stderr.fileHandleForReading.readDataToEndOfFile()) }
        errorReader.start()
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorData.isSet { Thread.sleep(forTimeInterval: 0.005) }
        return ProcessResult(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errorData.value, as: UTF8.self))
    }

    /// Runs a command found on PATH.
    public static func run(
        _ command: String, _ arguments: [String], input: Data = Data(),
        extraEnvironment: [String: String] = [:]
    ) throws -> ProcessResult {
        try run(
            URL(fileURLWithPath: "/usr/bin/env"), [command] + arguments, input: input,
            extraEnvironment: extraEnvironment)
    }
}

/// Data written once by one thread and read by another.
final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?

    func set(_ value: Data) { lock.withLock { data = value } }
    var isSet: Bool { lock.withLock { data != nil } }
    var value: Data { lock.withLock { data ?? Data() } }
}
