/// The characters graphs and frames are drawn with, from richest to plainest: braille dots, block
/// elements, or plain ASCII for terminals and fonts that have neither.
public enum GlyphSet: String, Sendable, Hashable, CaseIterable {
    /// The richest set: block sparklines and gauges, box drawing; braille dots where two samples share a cell.
    case braille
    /// Block elements for graphs and gauges (eight levels per cell), box drawing for frames.
    case blocks
    /// ASCII only: `_.:-=+*#` levels, `#` gauges, `+-|` frames.
    case ascii

    /// The next plainer set (ASCII stays ASCII).
    public var degraded: GlyphSet {
        switch self {
        case .braille: .blocks
        case .blocks, .ascii: .ascii
        }
    }

    /// Characters for one sample per cell, lowest (empty) first: eight levels after the empty one.
    /// Braille has only four dot rows per cell (5..8 of 20 all drew `⣤`), so it graphs with blocks too.
    public var sparkLevels: [Character] {
        switch self {
        case .braille, .blocks: [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        case .ascii: [" ", "_", ".", ":", "-", "=", "+", "*", "#"]
        }
    }

    /// The level character for `fraction` (0...1, clamped) of the full height.
    public func spark(_ fraction: Double) -> Character {
        let levels = sparkLevels
        let clamped = fraction.isNaN ? 0 : min(1, max(0, fraction))
        let index = Int((clamped * Double(levels.count - 1)).rounded())
        return levels[min(levels.count - 1, max(0, index))]
    }

    /// Braille cell showing two samples side by side, each `0...4` dots high (clamped), from the bottom.
    public static func braille(left: Int, right: Int) -> Character {
        let leftDots: [UInt32] = [0x40, 0x04, 0x02, 0x01]
        let rightDots: [UInt32] = [0x80, 0x20, 0x10, 0x08]
        var bits: UInt32 = 0
        for row in 0..<min(4, max(0, left)) { bits |= leftDots[row] }
        for row in 0..<min(4, max(0, right)) { bits |= rightDots[row] }
        return Character(Unicode.Scalar(0x2800 + bits) ?? " ")
    }

    /// Gauge characters: full cell, empty cell, and partial fills in eighths (index 1 = one eighth).
    public var gauge: (full: Character, empty: Character, eighths: [Character]) {
        switch self {
        case .braille, .blocks: ("█", "░", [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"])
        case .ascii: ("#", "-", ["-", "-", "-", "-", "#", "#", "#", "#", "#"])
        }
    }

    /// Frame characters for an ordinary panel.
    public var box: BoxGlyphs {
        self == .ascii ? .ascii : .light
    }

    /// Frame characters for the focused panel.
    public var focusBox: BoxGlyphs {
        self == .ascii ? .asciiFocus : .heavy
    }

    /// Marks a cut-off text.
    public var ellipsis: Character { self == .ascii ? "~" : "…" }
    /// Marks a value going up.
    public var up: Character { self == .ascii ? "^" : "▲" }
    /// Marks a value going down.
    public var down: Character { self == .ascii ? "v" : "▼" }
    /// Marks an item in a list or a state dot.
    public var bullet: Character { self == .ascii ? "*" : "●" }
}

/// The characters of a rectangular frame.
public struct BoxGlyphs: Sendable, Hashable {
    /// Top-left corner.
    public var topLeft: Character
    /// Top-right corner.
    public var topRight: Character
    /// Bottom-left corner.
    public var bottomLeft: Character
    /// Bottom-right corner.
    public var bottomRight: Character
    /// Top and bottom edges.
    public var horizontal: Character
    /// Left and right edges.
    public var vertical: Character

    /// Creates a frame set.
    public init(
        topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character,
        horizontal: Character, vertical: Character
    ) {
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
        self.horizontal = horizontal
        self.vertical = vertical
    }

    /// Light box drawing: `┌─┐│└┘`.
    public static let light = BoxGlyphs(
        topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        horizontal: "─", vertical: "│")
    /// Heavy box drawing: `┏━┓┃┗┛`.
    public static let heavy = BoxGlyphs(
        topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛",
        horizontal: "━", vertical: "┃")
    /// ASCII: `+-+|++`.
    public static let ascii = BoxGlyphs(
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        horizontal: "-", vertical: "|")
    /// ASCII for the focused panel: `+=+|++`.
    public static let asciiFocus = BoxGlyphs(
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        horizontal: "=", vertical: "|")
}
