import Foundation
import TestSupport

/// Runs the real `flightdeck` against `flightdeck simulate` in a private HOME, with a session token
/// whose value tests can look for.
enum CommandHarness {
    /// A session token no output or log may contain.
    static let sessionToken = "KNOWN-SESSION-TOKEN-9d2e1b/+=="

    /// A fresh folder used as HOME, XDG_STATE_HOME and XDG_CACHE_HOME's parent.
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fd-cfg-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Runs `flightdeck` with the simulator's credentials (its endpoint only when `endpoint`), a session token, and `home`.
    static func run(
        _ arguments: [String], _ simulator: SimulatorProcess, home: String, endpoint: Bool = true,
        extra: [String: String] = [:]
    ) throws -> ProcessResult {
        var environment = ProcessInfo.processInfo.environment.filter {
            !$0.key.hasPrefix("AWS_") && !$0.key.hasPrefix("XDG_")
        }
        environment.merge(simulator.environment) { _, new in new }
        if !endpoint { environment["AWS_ENDPOINT_URL"] = nil }
        environment["AWS_SESSION_TOKEN"] = sessionToken
        environment["HOME"] = home
        environment["XDG_STATE_HOME"] = home + "/state"
        environment["XDG_CACHE_HOME"] = home + "/cache"
        environment["AWS_SHARED_CREDENTIALS_FILE"] = home + "/no-credentials"
        environment["AWS_CONFIG_FILE"] = home + "/no-config"
        environment.merge(extra) { _, new in new }
        return try ProcessRunner.run(TestPaths.flightdeck, arguments, environment: environment)
    }

    /// Writes `text` at `path` (creating folders) with `mode`.
    static func write(_ text: String, to path: String, mode: Int = 0o600) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }
}
