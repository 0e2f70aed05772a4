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

/// Why a process gave no output: it could not be started, or it ran past its time limit.
public enum ProcessError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The program could not be started (not found, not executable, empty command).
    case notStarted(program: String, reason: String)
    /// The program ran past `seconds` and was stopped.
    case timedOut(program: String, seconds: Double)

    /// `cannot run PROGRAM: REASON`, or `PROGRAM did not finish within N s and was stopped`.
    public var description: String {
        switch self {
        case let .notStarted(program, reason):
            return "cannot run \(program): \(reason)"
        case let .timedOut(program, seconds):
            let limit = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
            return "\(program) did not finish within \(limit) s and was stopped"
        }
    }
}

/// Runs a program with arguments, never through a shell; injected so tests can script it.
public protocol ProcessRunning: Sendable {
    /// Runs `arguments[0]` (looked up in `PATH` when it has no `/`) with the rest as its arguments.
    func run(_ arguments: [String], environment: [String: String]) async throws -> ProcessOutput
}

/// Runs real processes with Foundation's `Process`, each stopped once it runs past a time limit.
public struct LocalProcessRunner: ProcessRunning {
    /// How long a process may run, in seconds, before it is terminated (then killed 2 s later).
    public var timeout: Double

    /// Creates a runner; two minutes leaves room for a browser sign-in behind `credential_process`.
    public init(timeout: Double = 120) {
        self.timeout = timeout
    }

    /// Starts the program directly (no shell), reads both pipes to the end and waits for it, or fails at the time limit.
    public func run(_ arguments: [String], environment: [String: String]) async throws -> ProcessOutput {
        guard let program = arguments.first, !program.isEmpty else {
            throw ProcessError.notStarted(program: "", reason: "empty command")
        }
        let executable = try Self.locate(program, path: environment["PATH"])
        return try await withCheckedThrowingContinuation { continuation in
            Self.onOwnThread {
                continuation.resume(
                    with: Result {
                        try Self.runBlocking(
                            executable, Array(arguments.dropFirst()), environment, program, timeout: timeout)
                    })
            }
        }
    }

    /// Runs the process on the calling thread and collects its output, stopping it at `timeout`.
    private static func runBlocking(
        _ executable: String, _ arguments: [String], _ environment: [String: String],
        _ program: String, timeout: Double
    ) throws -> ProcessOutput {
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
            throw ProcessError.notStarted(program: program, reason: "could not be started")
        }
        // Both pipes drain on their own threads, so a chatty child cannot fill one and block, and the
        // wait below can give up on a child (or a grandchild holding a pipe) that never finishes.
        let outputData = LockedBox(Data())
        let errorData = LockedBox(Data())
        let group = DispatchGroup()
        for (pipe, box) in [(output, outputData), (errors, errorData)] {
            group.enter()
            Self.onOwnThread {
                box.set(pipe.fileHandleForReading.readDataToEndOfFile())
                group.leave()
            }
        }
        if group.wait(timeout: .now() + timeout) == .timedOut {
            if process.isRunning {
                process.terminate()
                if group.wait(timeout: .now() + 2) == .timedOut, process.isRunning {
                    kill(process.processIdentifier, SIGKILL)
                }
            }
            throw ProcessError.timedOut(program: program, seconds: timeout)
        }
        process.waitUntilExit()
        return ProcessOutput(
            status: process.terminationStatus, standardOutput: outputData.get(), standardError: errorData.get())
    }

    /// Runs blocking work on a thread of its own, never on a shared pool that a hung child could starve.
    private static func onOwnThread(_ work: @escaping @Sendable () -> Void) {
        Thread(block: work).start()
    }

    /// The full path of `program`: as given when it has a `/`, else the first executable in `path`.
    static func locate(_ program: String, path: String?) throws -> String {
        if program.contains("/") {
            guard FileManager.default.isExecutableFile(atPath: program) else {
                throw ProcessError.notStarted(program: program, reason: "not found or not executable")
            }
            return program
        }
        let directories = (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for directory in directories where !directory.isEmpty {
            let candidate = directory + "/" + program
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw ProcessError.notStarted(program: program, reason: "not found in PATH")
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
