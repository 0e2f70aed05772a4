import AWSCore
import Foundation

/// A running `Fixtures/loopback_server.py` on 127.0.0.1; `stop()` kills it.
final class LoopbackServer {
    /// The folder holding the server script and its certificate.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    /// The self-signed certificate the TLS server presents (also its own CA).
    static let certificatePath = fixtures.appendingPathComponent("loopback-cert.pem").path

    /// The port the server listens on.
    let port: Int
    /// `http` or `https`.
    let scheme: String
    /// The Python process.
    private let process: Process
    /// The server's stdout, which printed the port.
    private let output: Pipe
    /// The server's stdin; it exits when this closes, even if this process dies.
    private let input: Pipe

    /// Starts the server (HTTPS with the fixture certificate when `tls`) and waits for its port.
    init(tls: Bool = false) throws {
        let script = Self.fixtures.appendingPathComponent("loopback_server.py").path
        let key = Self.fixtures.appendingPathComponent("loopback-key.pem").path
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script] + (tls ? ["--tls", Self.certificatePath, key] : [])
        output = Pipe()
        input = Pipe()
        process.standardOutput = output
        process.standardInput = input
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let port = Int(text) else {
            kill(process.processIdentifier, SIGKILL)
            throw ServerError.noPort(text)
        }
        self.port = port
        scheme = tls ? "https" : "http"
    }

    /// Why the server did not start.
    enum ServerError: Error {
        /// The script printed this instead of a port.
        case noPort(String)
    }

    /// The URL of `path` (with a leading slash) on this server, by IP address.
    func url(_ path: String, host: String = "127.0.0.1") -> URL {
        URL(string: "\(scheme)://\(host):\(port)\(path)") ?? URL(fileURLWithPath: "/")
    }

    /// A GET request for `path`.
    func get(_ path: String, timeout: TimeInterval? = nil) -> HTTPRequest {
        HTTPRequest(method: "GET", url: url(path), timeout: timeout)
    }

    /// Kills the server and waits for it to exit.
    ///
    /// SIGKILL, because the child inherits the signal mask of the spawning thread, and
    /// libdispatch's threads block SIGTERM.
    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? input.fileHandleForWriting.close()
        try? output.fileHandleForReading.close()
    }

    /// Kills the server if the test did not.
    deinit {
        stop()
    }
}
