import Foundation
import Logging

/// A swift-log handler that appends one line per record to a file (or standard error), with
/// anything that looks like a signature scrubbed as a last guard.
public struct FileLogHandler: LogHandler {
    /// Records below this level are dropped.
    public var logLevel: Logger.Level
    /// Metadata added to every record.
    public var metadata: Logger.Metadata = [:]
    /// The logger's label, printed on every line.
    private let label: String
    /// Where the lines go.
    private let sink: LogFile

    /// A handler for `label` writing to `sink` at `level` and above.
    public init(label: String, sink: LogFile, level: Logger.Level) {
        self.label = label
        self.sink = sink
        logLevel = level
    }

    /// Metadata by key.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Formats and appends one record.
    public func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        let fields = merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let text =
            "\(Self.timestamp(Date())) \(event.level.rawValue) \(label): \(event.message)"
            + (fields.isEmpty ? "" : " \(fields)")
        sink.append(
            LogRedaction.scrub(text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " "))
                + "\n")
    }

    /// ISO 8601 with milliseconds, UTC.
    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}

/// An append-only log file (or standard error), written one whole line per `write`.
public final class LogFile: Sendable {
    /// The descriptor.
    private let descriptor: Int32
    /// Whether `descriptor` is ours to close.
    private let owned: Bool

    /// Opens (creating with mode 0600) `path` for appending; throws when it cannot.
    public init(path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw LogFileError(path: path, reason: String(cString: strerror(errno)))
        }
        self.descriptor = descriptor
        owned = true
    }

    /// Standard error.
    public init(standardError: Void) {
        descriptor = STDERR_FILENO
        owned = false
    }

    /// Appends `line` with one `write` (O_APPEND keeps concurrent lines whole).
    public func append(_ line: String) {
        let bytes = Array(line.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }

    /// Closes the file (never standard error).
    deinit {
        if owned { close(descriptor) }
    }
}

/// A log file that cannot be opened.
public struct LogFileError: Error, Sendable, CustomStringConvertible {
    /// The path.
    public var path: String
    /// The system's reason.
    public var reason: String

    /// `cannot open log file PATH: REASON`.
    public var description: String { "cannot open log file \(path): \(reason)" }
}
