import Foundation

/// A directory under the system's temp folder, removed by `remove()`.
final class TemporaryDirectory: @unchecked Sendable {
    /// The directory's absolute path.
    let path: String

    /// Creates a fresh, empty directory.
    init() throws {
        path = NSTemporaryDirectory() + "flightdeck-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `text` at `relative` (creating folders) and returns the file's absolute path.
    @discardableResult
    func write(_ relative: String, _ text: String, executable: Bool = false) throws -> String {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        if executable { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: full) }
        return full
    }

    /// Deletes the directory and everything in it.
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }

    deinit { remove() }
}
