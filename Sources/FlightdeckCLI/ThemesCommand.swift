import ArgumentParser
import DashboardRender

/// `flightdeck themes`: lists every theme found, where it is, and what is wrong with it if anything.
struct ThemesCommand: ParsableCommand {
    /// The command's name, summary and help.
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the colour themes: name, where found, and any error.",
        discussion: """
            Themes are looked for in $XDG_CONFIG_HOME/flightdeck/themes (default ~/.config/flightdeck/themes),
            then in Themes/ next to the executable and ../share/flightdeck/themes, then in the source
            checkout's Themes/; the default theme is also compiled in. The first theme of a name is used;
            later ones are marked "shadowed". A theme may be partial: missing keys come from the default.
            """
    )

    /// Prints the listing.
    func run() throws {
        for line in Self.render(ThemeCatalog().list()) { print(line) }
    }

    /// The listing as lines: a header, then one line per theme (and an indented error line when needed).
    static func render(_ listings: [ThemeListing]) -> [String] {
        let width = max(4, listings.map(\.name.count).max() ?? 0)
        func pad(_ text: String) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        var lines = ["\(pad("NAME"))  STATUS    WHERE"]
        for listing in listings {
            let status = listing.error != nil ? "error   " : listing.shadowed ? "shadowed" : "ok      "
            var line = "\(pad(listing.name))  \(status)  \(listing.origin)"
            if listing.error == nil, !listing.shadowed, !listing.summary.isEmpty { line += " — \(listing.summary)" }
            lines.append(line)
            if let error = listing.error { lines.append("  \(error)") }
        }
        return lines
    }
}
