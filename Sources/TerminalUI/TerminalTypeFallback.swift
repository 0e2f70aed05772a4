/// Which terminal types to try when `TERM` is missing from the terminfo database.
public enum TerminalTypeFallback {
    /// The safe defaults, in order: most terminals emulate xterm; vt100 and dumb are nearly universal.
    public static let defaults = ["xterm", "vt100", "dumb"]

    /// `term` first (when set), then the defaults, without repeats.
    public static func candidates(for term: String?) -> [String] {
        var names: [String] = []
        for name in [term].compactMap({ $0 }) + defaults where !name.isEmpty && !names.contains(name) {
            names.append(name)
        }
        return names
    }

    /// The one-line notice for falling back from `requested` to `used`.
    public static func notice(requested: String?, used: String) -> String {
        let name = requested.map { $0.isEmpty ? "(empty)" : "'\($0)'" } ?? "(unset)"
        return "flightdeck: TERM \(name) is not in the terminfo database; using '\(used)'"
    }
}
