import FlightdeckPlatform
import Foundation

/// Everything credential and region resolution reads from the outside world, injected.
///
/// Production code uses `AWSEnvironment.live(transport:)`; tests build one with their own
/// variables, home directory, files, processes, HTTP peer and clock.
public struct AWSEnvironment: Sendable {
    /// The environment variables.
    public var variables: [String: String]
    /// The user's home directory, for `~/.aws/...`.
    public var homeDirectory: String
    /// Reads the shared files, token files and the SSO cache, and writes back a refreshed SSO token.
    public var files: any FileAccess
    /// Runs `credential_process` commands.
    public var processes: any ProcessRunning
    /// Sends requests to instance metadata, the container endpoint and the SSO portal.
    public var transport: any HTTPTransport
    /// The current time.
    public var now: Platform.Clock

    /// Creates an environment from its parts.
    public init(
        variables: [String: String], homeDirectory: String, files: any FileAccess = LocalFiles(),
        processes: any ProcessRunning = LocalProcessRunner(), transport: any HTTPTransport,
        now: @escaping Platform.Clock = Platform.systemClock
    ) {
        self.variables = variables
        self.homeDirectory = homeDirectory
        self.files = files
        self.processes = processes
        self.transport = transport
        self.now = now
    }

    /// The process's own environment, home directory, files, processes and clock.
    public static func live(transport: any HTTPTransport) -> AWSEnvironment {
        let variables = Platform.environment
        let home = variables["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return AWSEnvironment(variables: variables, homeDirectory: home, transport: transport)
    }

    /// The variable's value, or nil when it is unset or empty (the SDKs treat both alike).
    public func variable(_ name: String) -> String? {
        guard let value = variables[name], !value.isEmpty else { return nil }
        return value
    }

    /// `path` with a leading `~` replaced by the home directory.
    public func expandingTilde(_ path: String) -> String {
        if path == "~" { return homeDirectory }
        if path.hasPrefix("~/") { return homeDirectory + path.dropFirst() }
        return path
    }

    /// Reads a file as UTF-8 text; nil when missing, `ConfigFileError` when unreadable or not UTF-8.
    func readText(_ path: String) throws -> String? {
        let data: Data?
        do {
            data = try files.read(path)
        } catch let error as FileAccessError {
            throw ConfigFileError(path: path, line: nil, problem: error.reason)
        } catch {
            throw ConfigFileError(path: path, line: nil, problem: "cannot be read")
        }
        guard let data else { return nil }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigFileError(path: path, line: nil, problem: "is not valid UTF-8")
        }
        return text
    }
}
