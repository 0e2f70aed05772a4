import Foundation

/// The process's side effects on the platform, fenced in one place: the clock, the environment,
/// standard error and the temporary folder. Code below the commands takes them as parameters.
public enum Platform {
    /// Where "now" comes from: the wall clock by default; a simulation's or a test's clock elsewhere.
    public typealias Clock = @Sendable () -> Date

    /// The wall clock.
    public static let systemClock: Clock = { Date() }

    /// The process's environment variables.
    public static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The folder for temporary files: `$TMPDIR`, else `/tmp`.
    public static var temporaryDirectory: URL { FileManager.default.temporaryDirectory }

    /// Writes `text` to standard error as it is.
    public static func writeToStandardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
