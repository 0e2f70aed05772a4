import FlightdeckPlatform
import Foundation

/// `flightdeck simulate` running as a child process, with the environment its export lines give.
public final class SimulatorProcess: @unchecked Sendable {
    /// `AWS_ENDPOINT_URL`, the demo keys and the region, as the simulator printed them.
    public let environment: [String: String]
    private let process: Process
    private let logURL: URL

    /// Starts `flightdeck simulate` with `arguments` and waits for its four export lines.
    public init(arguments: [String] = ["--speed", "10"], timeout: TimeInterval = 60) throws {
        logURL = Platform.temporaryDirectory.appendingPathComponent("simulate-\(UUID().uuidString).out")
        _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)
        let log = try FileHandle(forWritingTo: logURL)
        process = Process()
        process.executableURL = TestPaths.flightdeck
        process.arguments = ["simulate"] + arguments
        process.standardOutput = log
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        var found: [String: String] = [:]
        while Date() < deadline && process.isRunning {
            let text = (try? String(contentsOf: logURL, encoding: .utf8)) ?? ""
            found = Self.exports(text)
            if found["AWS_REGION"] != nil { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        environment = found
        guard found["AWS_ENDPOINT_URL"] != nil, found["AWS_REGION"] != nil else {
            stop()
            throw TmuxError(message: "flightdeck simulate printed no export lines within \(Int(timeout)) s")
        }
    }

    /// The `KEY=VALUE` pairs of `export` lines.
    static func exports(_ text: String) -> [String: String] {
        var values: [String: String] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("export ") {
            for pair in line.dropFirst("export ".count).split(separator: " ") {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                if parts.count == 2 { values[parts[0]] = parts[1] }
            }
        }
        return values
    }

    /// Stops the simulator (SIGKILL: a test's child inherits a mask that blocks SIGTERM).
    public func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: logURL)
    }

    deinit { stop() }
}
