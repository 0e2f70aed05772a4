import Foundation

/// Reads whole files, and replaces the one file credentials write back (the SSO token cache);
/// injected so tests control what exists.
public protocol FileAccess: Sendable {
    /// The file's bytes, nil when no file exists at `path`; throws when it exists but cannot be read.
    func read(_ path: String) throws -> Data?

    /// Replaces the file at `path` with `data` in one step, readable by its owner only.
    func replace(_ path: String, with data: Data) throws
}

/// Why a file could not be read (it exists, but is a folder or unreadable) or written.
public struct FileAccessError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's path.
    public var path: String
    /// Whether writing failed (else reading).
    public var writing: Bool
    /// The system's reason, e.g. `Permission denied`.
    public var reason: String

    /// Creates an error.
    public init(path: String, writing: Bool = false, reason: String) {
        self.path = path
        self.writing = writing
        self.reason = reason
    }

    /// `cannot read PATH: REASON` or `cannot write PATH: REASON`.
    public var description: String { "cannot \(writing ? "write" : "read") \(path): \(reason)" }
}

/// The machine's own file system.
public struct LocalFiles: FileAccess {
    /// Creates the accessor.
    public init() {}

    /// Reads `path` with Foundation; a missing file is nil, a directory or unreadable file an error.
    public func read(_ path: String) throws -> Data? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue { throw FileAccessError(path: path, reason: "is a directory") }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.isReadableFile(atPath: path) ? "read failed" : "permission denied"
            throw FileAccessError(path: path, reason: reason)
        }
    }

    /// Writes a temporary file beside `path` (mode 0600) and renames it over `path`, so a reader
    /// never sees half a file; the error names the path.
    public func replace(_ path: String, with data: Data) throws {
        let temporary = path + ".flightdeck-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600])
        else {
            throw FileAccessError(path: path, writing: true, reason: "cannot create \(temporary)")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw FileAccessError(path: path, writing: true, reason: reason)
        }
    }
}
