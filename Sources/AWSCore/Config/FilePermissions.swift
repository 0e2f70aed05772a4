import Foundation

/// Checks that files holding secrets are private to their owner, as ssh does for keys.
public enum FilePermissions {
    /// A one-line warning when the regular file at `path` can be read or written by its group or
    /// by others (any of mode 0o077); nil when it is private, missing or not a regular file.
    public static func looseModeWarning(path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let mode = UInt32(info.st_mode) & 0o777
        guard mode & 0o077 != 0 else { return nil }
        let octal = String(mode, radix: 8)
        let padded = String(repeating: "0", count: max(0, 4 - octal.count)) + octal
        let who = mode & 0o007 != 0 ? "others" : "its group"
        return "warning: \(path) is accessible by \(who) (mode \(padded)); it may hold secrets: chmod 600 \(path)"
    }
}

extension SharedConfig {
    /// Warnings for the shared config and credentials files (`AWS_CONFIG_FILE`,
    /// `AWS_SHARED_CREDENTIALS_FILE` or their defaults) that others can read or write.
    public static func permissionWarnings(environment: AWSEnvironment) -> [String] {
        let paths = [
            environment.expandingTilde(environment.variable("AWS_SHARED_CREDENTIALS_FILE") ?? "~/.aws/credentials"),
            environment.expandingTilde(environment.variable("AWS_CONFIG_FILE") ?? "~/.aws/config")
        ]
        return paths.compactMap(FilePermissions.looseModeWarning(path:))
    }
}
