import AWSCore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A running `nghttpd` (nghttp2's HTTP/2-only server) on 127.0.0.1 with the fixture certificate,
/// serving one small file; `stop()` kills it. Only where `nghttpd` is installed.
final class HTTP2Server {
    /// Where Debian's `nghttp2-server` package puts the server.
    static let executable = "/usr/sbin/nghttpd"
    /// Whether the server is installed.
    static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: executable) }

    /// The port the server listens on.
    let port: Int
    /// The `nghttpd` process.
    private let process: Process
    /// The folder served, and the verbose log.
    private let directory: URL

    /// Starts `nghttpd -v` on a free port, logging to a file, serving `hello.txt`.
    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("flightdeck-h2-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data("hello over h2\n".utf8).write(to: directory.appendingPathComponent("hello.txt"))
        _ = FileManager.default.createFile(atPath: directory.appendingPathComponent("log.txt").path, contents: nil)
        port = try Self.freeLoopbackPort()
        process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = [
            "-v", "-d", directory.path, "--address=127.0.0.1", String(port),
            LoopbackServer.fixtures.appendingPathComponent("loopback-key.pem").path,
            LoopbackServer.certificatePath
        ]
        process.standardOutput = try FileHandle(forWritingTo: directory.appendingPathComponent("log.txt"))
        try process.run()
    }

    /// The URL of `path` on this server.
    func url(_ path: String) -> URL {
        URL(string: "https://127.0.0.1:\(port)\(path)") ?? URL(fileURLWithPath: "/")
    }

    /// The distinct connection (session) ids in the server's verbose log, e.g. `[id=1]`.
    func connectionIDs() throws -> Set<String> {
        let log = try String(contentsOf: directory.appendingPathComponent("log.txt"), encoding: .utf8)
        let tokens = log.split(whereSeparator: \.isWhitespace).filter { $0.hasPrefix("[id=") }
        return Set(tokens.map(String.init))
    }

    /// Kills the server and removes its folder.
    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: directory)
    }

    /// Kills the server if the test did not.
    deinit {
        stop()
    }

    /// A port on 127.0.0.1 that was free a moment ago.
    private static func freeLoopbackPort() throws -> Int {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketFD >= 0 else { throw POSIXError(.EMFILE) }
        defer { close(socketFD) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socketFD, $0, length) == 0 && getsockname(socketFD, $0, &length) == 0
            }
        }
        guard bound else { throw POSIXError(.EADDRINUSE) }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
