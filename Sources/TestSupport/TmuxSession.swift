import FlightdeckPlatform
import Foundation

/// A detached tmux session on its own server socket, for driving terminal programs in tests.
///
/// Each session gets a unique `-L` socket, so parallel tests never share a server; `kill()` (also
/// run on deinit) ends the server. Usable from the tests of any target (the demo's end-to-end test too).
public final class TmuxSession: @unchecked Sendable {
    /// The server's socket name.
    public let socket: String
    /// The session's name.
    public let name = "test"

    /// Starts `command` (run by `sh -c`) in a `width` × `height` window with `environment` added.
    public init(command: String, width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws {
        socket = "fd-test-\(UUID().uuidString.prefix(8))"
        var arguments = ["new-session", "-d", "-x", String(width), "-y", String(height), "-s", name]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(key)=\(value)"] }
        arguments.append(command)
        let result = try tmux(arguments)
        guard result.status == 0 else {
            throw TmuxError(message: "tmux new-session failed: \(result.stderr)")
        }
    }

    /// Runs a tmux command against this session's server.
    @discardableResult
    public func tmux(_ arguments: [String]) throws -> ProcessResult {
        // Spawn, not Process: the server and its programs start with no signal blocked (see `Spawn`).
        try Spawn.run(["tmux", "-u", "-L", socket, "-f", "/dev/null"] + arguments, environment: ["LANG": "C.UTF-8"])
    }

    /// The visible screen as text (`escapes` keeps colours and attributes as escape sequences).
    public func capture(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p"] + (escapes ? ["-e"] : []) + ["-t", name]).stdout
    }

    /// Sends keys as tmux names them (`Up`, `BTab`, `F5`, `C-c`), or literal text with `literal`.
    public func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    /// Resizes the window.
    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// Waits until the screen satisfies `condition` (up to `timeout` seconds); returns the last screen.
    @discardableResult
    public func waitFor(timeout: Double = 30, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = try capture()
        while !condition(screen) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            screen = try capture()
        }
        return screen
    }

    /// Waits until the screen contains `text`; returns the last screen.
    @discardableResult
    public func waitFor(_ text: String, timeout: Double = 30) throws -> String {
        try waitFor(timeout: timeout) { $0.contains(text) }
    }

    /// Ends the tmux server and everything running in it, and removes its socket.
    public func kill() {
        _ = try? tmux(["kill-server"])
        let folder = Platform.environment["TMUX_TMPDIR"] ?? "/tmp"
        try? FileManager.default.removeItem(atPath: "\(folder)/tmux-\(getuid())/\(socket)")
    }

    /// Ends the server when the session goes away.
    deinit { kill() }
}

/// A tmux command that failed.
public struct TmuxError: Error, CustomStringConvertible {
    /// What went wrong.
    public var message: String

    /// Creates an error.
    public init(message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
