extension GlyphSet {
    /// The glyph set for this terminal and locale.
    ///
    /// ASCII when `forceASCII` (`--ascii`), when the locale is not UTF-8, or on terminals that cannot
    /// show Unicode (`dumb`, `vt100`, `vt220`, ...); blocks on the Linux console, whose fonts have no
    /// braille; otherwise `preferred` (braille by default).
    public static func select(
        environment: [String: String], forceASCII: Bool = false,
        preferred: GlyphSet = .braille
    ) -> GlyphSet {
        if forceASCII || !TerminalLocale.isUTF8(environment: environment) { return .ascii }
        let term = (environment["TERM"] ?? "").lowercased()
        if term == "dumb" || term.hasPrefix("vt") { return .ascii }
        if term == "linux" && preferred == .braille { return .blocks }
        return preferred
    }
}

/// The locale's character encoding, as the C library would choose it from the environment.
public enum TerminalLocale {
    /// The locale that decides the character type: the first non-empty of `LC_ALL`, `LC_CTYPE`, `LANG`.
    public static func characterLocale(environment: [String: String]) -> String {
        for key in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = environment[key], !value.isEmpty { return value }
        }
        return "C"
    }

    /// Whether that locale's encoding is UTF-8 (`en_US.UTF-8`, `C.utf8`, ...); `C` and `POSIX` are not.
    public static func isUTF8(environment: [String: String]) -> Bool {
        let locale = characterLocale(environment: environment).lowercased()
        guard let dot = locale.firstIndex(of: ".") else { return false }
        let encoding = locale[locale.index(after: dot)...].prefix { $0 != "@" }
        return encoding == "utf-8" || encoding == "utf8"
    }
}
