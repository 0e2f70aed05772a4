import FlightdeckPlatform
import Foundation

/// The folders searched for a theme by name, in order; the compiled-in default comes after them all.
public struct ThemeSearchPath: Sendable, Hashable {
    /// One folder and what kind of place it is.
    public struct Folder: Sendable, Hashable {
        /// The folder.
        public var url: URL
        /// What kind of place it is.
        public var kind: Kind

        /// Creates a folder entry.
        public init(_ url: URL, kind: Kind) {
            self.url = url
            self.kind = kind
        }
    }

    /// Where a theme folder sits, in search order.
    public enum Kind: String, Sendable, Hashable {
        /// `$XDG_CONFIG_HOME/flightdeck/themes` (default `~/.config/flightdeck/themes`).
        case user
        /// `Themes/` next to the executable, or `../share/flightdeck/themes` from it.
        case installed
        /// The source checkout's `Themes/`, for development.
        case repository
        /// Not searched: a file named by its path (`:theme ./mine.yaml`).
        case path
    }

    /// The folders, first searched first.
    public var folders: [Folder]

    /// Creates a search path.
    public init(folders: [Folder]) {
        self.folders = folders
    }

    /// The standard order for the given environment, executable and source checkout (each optional).
    public static func standard(environment: [String: String], executable: URL?, repository: URL?) -> ThemeSearchPath {
        var folders: [Folder] = []
        if let config = userConfigFolder(environment: environment) {
            folders.append(Folder(config.appendingPathComponent("flightdeck/themes"), kind: .user))
        }
        if let executable {
            let folder = executable.deletingLastPathComponent()
            folders.append(Folder(folder.appendingPathComponent("Themes"), kind: .installed))
            folders.append(
                Folder(
                    folder.deletingLastPathComponent().appendingPathComponent("share/flightdeck/themes"),
                    kind: .installed))
        }
        if let repository {
            folders.append(Folder(repository.appendingPathComponent("Themes"), kind: .repository))
        }
        return ThemeSearchPath(folders: folders)
    }

    /// `$XDG_CONFIG_HOME` when set to an absolute path (as the XDG spec says), else `$HOME/.config`.
    static func userConfigFolder(environment: [String: String]) -> URL? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true)
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".config")
    }

    /// The standard order for this process: its environment, its executable and this source checkout.
    public static func current() -> ThemeSearchPath {
        standard(
            environment: Platform.environment, executable: ThemePlatform.executable,
            repository: ThemePlatform.sourceCheckout)
    }
}

/// What the theme search reads from the process: the one place with side effects outside file reads.
enum ThemePlatform {
    /// The running executable, symbolic links resolved (so a linked `flightdeck` finds its real folder).
    static var executable: URL? {
        let link = URL(fileURLWithPath: "/proc/self/exe")
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: link.path) {
            return URL(fileURLWithPath: target)
        }
        return Bundle.main.executableURL?.resolvingSymlinksInPath()
    }

    /// The source checkout this module was built from, when it is still there.
    static var sourceCheckout: URL? {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let marker = root.appendingPathComponent("Package.swift").path
        return FileManager.default.fileExists(atPath: marker) ? root : nil
    }
}
