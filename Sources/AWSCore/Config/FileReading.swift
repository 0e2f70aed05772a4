import Foundation

/// Reads whole files; injected so tests control what exists.
public protocol FileReading: Sendable {
    /// The file's bytes, nil when no file exists at `path`; throws when it exists but cannot be read.
    func read(_ path: String) throws -> Data?
}

/// Why a file that exists could not be read.
public struct FileReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's path.
    public var path: String
    /// The system's reason, e.g. `Permission denied`.
    public var reason: String

    /// Creates an error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `cannot read PATH: REASON`.
    public var description: String { "cannot read \(path): \(reason)" }
}

/// The machine's own file system.
public struct LocalFileReader: FileReading {
    /// Creates a reader.
    public init() {}

    /// Reads `path` with Foundation; a missing file is nil, a directory or unreadable file an error.
    public func read(_ path: String) throws -> Data? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue { throw FileReadError(path: path, reason: "is a directory") }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.isReadableFile(atPath: path) ? "read failed" : "permission denied"
            throw FileReadError(path: path, reason: reason)
        }
    }
}
