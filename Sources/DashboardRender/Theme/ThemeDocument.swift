/// A theme file as written: names and colour texts with their positions, not yet resolved.
///
/// Keeping the raw text lets a partial theme inherit from the default key by key, lets the default's
/// roles pick up a palette colour that the partial theme redefines, and lets every error point at
/// the line that caused it.
struct ThemeDocument: Sendable {
    /// One role as written: each key optional.
    struct Role: Sendable, Hashable {
        /// The `fg` colour or palette name.
        var foreground: Located<String>?
        /// The `bg` colour or palette name.
        var background: Located<String>?
        /// The `attrs` list.
        var attributes: Located<TextAttributes>?

        /// This role with every key it lacks taken from `base`.
        func inheriting(from base: Role?) -> Role {
            Role(
                foreground: foreground ?? base?.foreground, background: background ?? base?.background,
                attributes: attributes ?? base?.attributes)
        }
    }

    /// The file's path.
    var file: String
    /// The `name` key.
    var name: String?
    /// The `description` key.
    var summary: String?
    /// Named colours, already checked to be colours.
    var palette: [String: Located<ThemeColor>] = [:]
    /// The roles the file sets.
    var roles: [StyleRole: Role] = [:]

    /// The compiled-in default, parsed once; the base every other theme inherits from.
    static let standard: ThemeDocument = {
        (try? parse(DefaultThemeText.yaml, file: DefaultThemeText.origin))
            ?? ThemeDocument(file: DefaultThemeText.origin)
    }()

    /// This document on top of `base`: every key it lacks comes from `base`.
    func merged(over base: ThemeDocument) -> ThemeDocument {
        var result = self
        // The name and description belong to the file: a partial theme is not called "default".
        result.palette = base.palette.merging(palette) { _, mine in mine }
        for role in StyleRole.allCases {
            // A role the file leaves out takes the file's own keys of its fallback role first (a
            // theme that restyles `muted` gets stale values in that style, not the default's).
            let mine = roles[role] ?? role.fallback.flatMap { roles[$0] }
            let theirs = base.roles[role]
            if mine == nil && theirs == nil { continue }
            result.roles[role] = (mine ?? Role()).inheriting(from: theirs)
        }
        return result
    }

    /// The finished theme, after inheriting from `base` (nil: stand alone).
    func resolved(over base: ThemeDocument?) throws(ThemeError) -> Theme {
        let document = base.map { merged(over: $0) } ?? self
        var styles: [StyleRole: RoleStyle] = [:]
        for role in StyleRole.allCases {
            guard let raw = document.roles[role] else {
                styles[role] = RoleStyle()
                continue
            }
            styles[role] = RoleStyle(
                foreground: try document.color(raw.foreground),
                background: try document.color(raw.background),
                attributes: raw.attributes?.value ?? [])
        }
        let fallbackName =
            file.split(separator: "/").last.map { String($0.split(separator: ".").first ?? $0) } ?? "theme"
        return Theme(name: document.name ?? fallbackName, summary: document.summary ?? "", styles: styles)
    }

    /// The colour a role key names: a literal colour, or a palette name.
    private func color(_ text: Located<String>?) throws(ThemeError) -> ThemeColor {
        guard let text else { return .terminalDefault }
        if let literal = ThemeColor(parsing: text.value) { return literal }
        if let named = palette[text.value] { return named.value }
        throw ThemeError(text.location, ThemeDocument.badColorMessage(text.value, palette: palette.keys.sorted()))
    }

    /// The message for a value that is neither a colour nor a palette name.
    static func badColorMessage(_ value: String, palette: [String]) -> String {
        if value.isEmpty {
            return "missing colour (quote \"#rrggbb\" values: an unquoted # starts a YAML comment)"
        }
        var message = "unknown colour '\(value)': use default, an ANSI name (red, bright-red, ...), 0-255, \"#rrggbb\""
        message += palette.isEmpty ? "" : ", or a palette name (\(palette.joined(separator: ", ")))"
        return message
    }
}
