import FlightdeckPlatform
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Starts and stops `moto_server` on a free loopback port, for integration tests.
///
/// The port is chosen by the server (`-p 0`) and read back from its log, so parallel test runs
/// never collide. Set `MOTO_SERVER` to the executable's path to override the search on `PATH`.
public final class MotoServer: @unchecked Sendable {
    /// Why moto could not be started.
    public struct Unavailable: Error, CustomStringConvertible {
        /// What went wrong.
        public var description: String
    }

    /// The server's base URL, e.g. `http://127.0.0.1:36187`.
    public let endpoint: URL
    /// The server process.
    private let process: Process
    /// The file the server logs to.
    private let logURL: URL

    /// Whether integration tests must run: under `CI=true` a missing moto is a failure, not a skip.
    public static var isRequired: Bool {
        Platform.environment["CI"]?.lowercased() == "true"
    }

    /// The `moto_server` executable, from `MOTO_SERVER` or `PATH`; nil when there is none.
    public static var executable: String? {
        let environment = Platform.environment
        if let path = environment["MOTO_SERVER"], FileManager.default.isExecutableFile(atPath: path) { return path }
        for directory in (environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(directory)/moto_server"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Whether integration tests should run here: moto is installed, or CI requires them.
    public static var shouldRun: Bool { isRequired || executable != nil }

    /// Starts a server; with `freeRequests` set, signature checking is on after that many requests
    /// (moto's `INITIAL_NO_AUTH_ACTION_COUNT`).
    public static func start(freeRequests: Int? = nil, timeout: TimeInterval = 90) async throws -> MotoServer {
        guard let executable else {
            throw Unavailable(
                description: "moto_server is not installed (pip install 'moto[server]') and CI=true requires it")
        }
        let logURL = Platform.temporaryDirectory.appendingPathComponent("moto-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)
        let log = try FileHandle(forWritingTo: logURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-H", "127.0.0.1", "-p", "0"]
        var environment = Platform.environment
        if let freeRequests { environment["INITIAL_NO_AUTH_ACTION_COUNT"] = String(freeRequests) }
        process.environment = environment
        process.standardOutput = log
        process.standardError = log
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let text = (try? String(contentsOf: logURL, encoding: .utf8)) ?? ""
            if let range = text.range(of: "Running on http://127.0.0.1:") {
                let digits = text[range.upperBound...].prefix { $0.isNumber }
                if let port = Int(digits), let url = URL(string: "http://127.0.0.1:\(port)") {
                    return MotoServer(endpoint: url, process: process, logURL: logURL)
                }
            }
            if !process.isRunning { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        let text = (try? String(contentsOf: logURL, encoding: .utf8)) ?? ""
        throw Unavailable(description: "moto_server did not start within \(Int(timeout)) s: \(text.suffix(500))")
    }

    /// Wraps a started server.
    private init(endpoint: URL, process: Process, logURL: URL) {
        self.endpoint = endpoint
        self.process = process
        self.logURL = logURL
    }

    /// Stops the server and removes its log.
    ///
    /// SIGKILL, because a child of a Swift test process inherits a signal mask that blocks SIGTERM
    /// and SIGINT, and moto keeps no state worth a clean shutdown.
    public func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: logURL)
    }

    deinit {
        stop()
    }
}
