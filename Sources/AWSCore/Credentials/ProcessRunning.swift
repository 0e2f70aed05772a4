import Foundation

/// What a finished process left: its exit status and output.
public struct ProcessOutput: Sendable, Equatable {
    /// The exit status (or the terminating signal's number).
    public var status: Int32
    /// Everything written to standard output.
    public var standardOutput: Data
    /// Everything written to standard error.
    public var standardError: Data

    /// Creates an output.
    public init(status: Int32, standardOutput: Data, standardError: Data) {
        self.status = status
        self.standardOutput = standardOutput
        self.standardError = standardError
    }
}

/// Why a process could not be started at all.
public struct ProcessLaunchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The program that was asked for.
    public var program: String
    /// Why it did not start.
    public var reason: String

    /// Creates an error.
    public init(program: String, reason: String) {
        self.program = program
        self.reason = reason
    }

    /// `cannot run PROGRAM: REASON`.
    public var description: String { "cannot run \(program): \(reason)" }
}

/// Runs a program with arguments, never through a shell; injected so tests can script it.
public protocol ProcessRunning: Sendable {
    /// Runs `arguments[0]` (looked up in `PATH` when it has no `/`) with the rest as its arguments.
    func run(_ arguments: [String], environment: [String: String]) async throws -> ProcessOutput
}

/// Runs real processes with Foundation's `Process`.
public struct LocalProcessRunner: ProcessRunning {
    /// Creates a runner.
    public init() {}

    /// Starts the program directly (no shell), reads both pipes to the end and waits for it.
    public func run(_ arguments: [String], environment: [String: String]) async throws -> ProcessOutput {
        guard let program = arguments.first, !program.isEmpty else {
            throw ProcessLaunchError(program: "", reason: "empty command")
        }
        let executable = try Self.locate(program, path: environment["PATH"])
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try Self.runBlocking(executable, Array(arguments.dropFirst()), environment, program) })
            }
        }
    }

    /// Runs the process on the calling thread and collects its output.
    private static func runBlocking(_ executable: String, _ arguments: [String], _ environment: [String: String],
                                    _ program: String) throws -> ProcessOutput {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ProcessLaunchError(program: program, reason: "could not be started")
        }
        // Drain stderr on another thread so a chatty child cannot fill one pipe and block.
        let errorData = LockedBox(Data())
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData.set(errors.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return ProcessOutput(status: process.terminationStatus, standardOutput: outputData, standardError: errorData.get())
    }

    /// The full path of `program`: as given when it has a `/`, else the first executable in `path`.
    static func locate(_ program: String, path: String?) throws -> String {
        if program.contains("/") {
            guard FileManager.default.isExecutableFile(atPath: program) else {
                throw ProcessLaunchError(program: program, reason: "not found or not executable")
            }
            return program
        }
        let directories = (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for directory in directories where !directory.isEmpty {
            let candidate = directory + "/" + program
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw ProcessLaunchError(program: program, reason: "not found in PATH")
    }
}

/// A value shared between threads behind a lock.
final class LockedBox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    /// Creates a box holding `value`.
    init(_ value: Value) {
        self.value = value
    }

    /// The current value.
    func get() -> Value {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    /// Replaces the value.
    func set(_ newValue: Value) {
        lock.lock()
        defer { lock.unlock() }
        value = newValue
    }
}
