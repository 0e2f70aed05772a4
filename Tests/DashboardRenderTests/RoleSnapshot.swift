import DashboardRender

/// A buffer's text with each row's roles under it as letters, for snapshots that check what the
/// colours mean as well as what is written (the text snapshots cannot tell red from green).
enum RoleSnapshot {
    /// One letter per role.
    static func letter(_ role: StyleRole) -> Character {
        switch role {
        case .normal: "n"
        case .muted: "m"
        case .accent: "a"
        case .ok: "o"
        case .warning: "w"
        case .critical: "c"
        case .header: "h"
        case .selection: "s"
        case .border: "b"
        case .title: "t"
        case .focus: "f"
        case .graphGood: "G"
        case .graphFair: "F"
        case .graphPoor: "P"
        case .graphNeutral: "N"
        case .banner: "B"
        case .stale: "x"
        }
    }

    /// Roles whose look shows on a blank cell (a background); other blanks stay blank in the role line.
    static let showsOnBlanks: Set<StyleRole> = [.selection, .header, .banner]

    /// The legend written at the top of every role snapshot.
    static let legend = "roles: " + StyleRole.allCases.map { "\(letter($0))=\($0.rawValue)" }.joined(separator: " ")

    /// Rows `rows` of `buffer` between columns `columns`: each text line followed by its roles.
    static func text(_ buffer: CellBuffer, rows: Range<Int>, columns: Range<Int>) -> String {
        var lines = [legend]
        for y in rows {
            var text = ""
            var roles = ""
            for x in columns {
                let cell = buffer[x, y]
                guard let character = cell.character else { continue }
                text.append(character)
                roles.append(
                    character == " " && !Self.showsOnBlanks.contains(cell.style.role) ? " " : letter(cell.style.role))
                if CharacterWidth.of(character) == 2 { roles.append(" ") }
            }
            lines.append(text)
            lines.append(roles)
        }
        return lines.map { line in String(line.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }
}
