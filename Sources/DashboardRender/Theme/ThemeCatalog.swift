import Foundation

/// Finds, loads and lists themes along a search path, falling back to the compiled-in default.
public struct ThemeCatalog: Sendable {
    /// Where themes are looked for.
    public var searchPath: ThemeSearchPath

    /// Creates a catalog over `searchPath` (by default the process's standard one).
    public init(searchPath: ThemeSearchPath = .current()) {
        self.searchPath = searchPath
    }

    /// Loads the theme called `name` (or at a path, when `name` holds a `/` or ends in `.yaml`).
    ///
    /// Never fails: a missing or invalid theme gives the default theme and the error to show.
    public func load(_ name: String) -> ThemeLoad {
        guard let origin = find(name), let url = origin.url else {
            if name == "default" { return ThemeLoad(theme: .standard, origin: .compiledIn, error: nil) }
            let looked = searchPath.folders.map(\.url.path).joined(separator: ", ")
            let error = ThemeError(
                file: name, message: "no theme named '\(name)' (looked in \(looked), and compiled-in)")
            return ThemeLoad(theme: .standard, origin: .compiledIn, error: error)
        }
        do {
            return ThemeLoad(theme: try Self.load(file: url), origin: origin, error: nil)
        } catch {
            return ThemeLoad(theme: .standard, origin: .compiledIn, error: error)
        }
    }

    /// Where the theme called `name` would be read from; nil when only the compiled-in default has it.
    public func find(_ name: String) -> ThemeOrigin? {
        if name.contains("/") || name.hasSuffix(".yaml") {
            let url = URL(fileURLWithPath: name)
            return FileManager.default.fileExists(atPath: url.path) ? .file(url, .path) : nil
        }
        for folder in searchPath.folders {
            let url = folder.url.appendingPathComponent("\(name).yaml")
            if FileManager.default.fileExists(atPath: url.path) { return .file(url, folder.kind) }
        }
        return nil
    }

    /// Every theme the search path holds, plus the compiled-in default: the first of each name is
    /// the one used; later ones are listed as shadowed. Each file is parsed to report its errors.
    public func list() -> [ThemeListing] {
        var listings: [ThemeListing] = []
        var seen: Set<String> = []
        for folder in searchPath.folders {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.url.path)) ?? []
            for file in files.filter({ $0.hasSuffix(".yaml") }).sorted() {
                let name = String(file.dropLast(".yaml".count))
                let url = folder.url.appendingPathComponent(file)
                var listing = ThemeListing(name: name, origin: .file(url, folder.kind), shadowed: seen.contains(name))
                do {
                    listing.summary = try Self.load(file: url).summary
                } catch {
                    listing.error = error
                }
                seen.insert(name)
                listings.append(listing)
            }
        }
        listings.append(
            ThemeListing(
                name: "default", origin: .compiledIn, shadowed: seen.contains("default"),
                summary: Theme.standard.summary))
        return listings
    }

    /// Parses the theme file at `url` on top of the default theme.
    public static func load(file url: URL) throws(ThemeError) -> Theme {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ThemeError(file: url.path, message: "cannot read: \(error.localizedDescription)")
        }
        var theme = try parse(text, file: url.path)
        if theme.name.isEmpty { theme.name = url.deletingPathExtension().lastPathComponent }
        return theme
    }

    /// Parses theme text on top of the default theme; `file` names it in errors.
    public static func parse(_ yaml: String, file: String) throws(ThemeError) -> Theme {
        try ThemeDocument.parse(yaml, file: file).resolved(over: .standard)
    }
}

/// Where a loaded theme came from.
public enum ThemeOrigin: Sendable, Hashable, CustomStringConvertible {
    /// A file, found in a folder of that kind.
    case file(URL, ThemeSearchPath.Kind)
    /// The default compiled into the binary.
    case compiledIn

    /// The file, if it is one.
    public var url: URL? {
        if case let .file(url, _) = self { return url }
        return nil
    }

    /// `path (kind)` or `compiled in`.
    public var description: String {
        switch self {
        case let .file(url, kind): "\(url.path) (\(kind.rawValue))"
        case .compiledIn: "compiled in"
        }
    }
}

/// The result of loading a theme by name: always a usable theme, and the error if it is the fallback.
public struct ThemeLoad: Sendable {
    /// The theme to use: the one asked for, or the default when it could not be loaded.
    public var theme: Theme
    /// Where `theme` came from.
    public var origin: ThemeOrigin
    /// Why the theme asked for is not the one given, if it is not.
    public var error: ThemeError?
}

/// One line of `flightdeck themes`.
public struct ThemeListing: Sendable {
    /// The name to pass to `:theme`.
    public var name: String
    /// Where the file is.
    public var origin: ThemeOrigin
    /// Whether a theme of the same name earlier in the search path is used instead.
    public var shadowed: Bool
    /// The file's description.
    public var summary: String = ""
    /// What is wrong with the file, if anything.
    public var error: ThemeError?
}
