/// One terminal cell: a character (one column wide, or the first column of a wide one) and its style.
public struct Cell: Sendable, Hashable {
    /// The character drawn; empty for the second column of a wide character.
    public var character: Character?
    /// The style.
    public var style: CellStyle

    /// Creates a cell.
    public init(_ character: Character?, style: CellStyle = .normal) {
        self.character = character
        self.style = style
    }

    /// A blank cell in the normal style.
    public static let blank = Cell(" ")
}

/// Terminal column widths of characters: two for East Asian wide and emoji, zero for combining marks.
public enum CharacterWidth {
    /// The number of columns `character` takes.
    public static func of(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let value = scalar.value
        if value < 0x300 { return value < 0x20 || (0x7F..<0xA0).contains(value) ? 0 : 1 }
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark {
            return 0
        }
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// The number of columns `text` takes.
    public static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }
}
