/// The characters graphs and frames are drawn with, degrading from braille to blocks to ASCII.
public struct GlyphSet: Sendable, Equatable {
    /// A short name: `braille`, `blocks` or `ascii`.
    public var name: String
    /// Sparkline levels, lowest first.
    public var levels: [Character]
    /// A filled gauge cell.
    public var gaugeFull: Character
    /// An empty gauge cell.
    public var gaugeEmpty: Character
    /// Frame pieces: horizontal, vertical, and the four corners (top-left, top-right, bottom-left, bottom-right).
    public var horizontal: Character
    /// The vertical frame piece.
    public var vertical: Character
    /// The corners: top-left, top-right, bottom-left, bottom-right.
    public var corners: (Character, Character, Character, Character)
    /// The marker of the selected row.
    public var pointer: Character
    /// The arrow between a before and an after value.
    public var arrow: String

    /// Two glyph sets are equal when they have the same name.
    public static func == (lhs: GlyphSet, rhs: GlyphSet) -> Bool { lhs.name == rhs.name }

    /// Unicode block elements: eight levels, box-drawing frames.
    public static let blocks = GlyphSet(
        name: "blocks", levels: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], gaugeFull: "█", gaugeEmpty: "░",
        horizontal: "─", vertical: "│", corners: ("┌", "┐", "└", "┘"), pointer: "▶", arrow: "→")

    /// Braille dots: finer steps (four levels per cell), box-drawing frames.
    public static let braille = GlyphSet(
        name: "braille", levels: ["⣀", "⣠", "⣤", "⣴", "⣶", "⣾", "⣿"], gaugeFull: "█", gaugeEmpty: "░",
        horizontal: "─", vertical: "│", corners: ("┌", "┐", "└", "┘"), pointer: "▶", arrow: "→")

    /// Plain ASCII for terminals and locales without UTF-8.
    public static let ascii = GlyphSet(
        name: "ascii", levels: ["_", ".", "-", "~", "=", "+", "*", "#"], gaugeFull: "#", gaugeEmpty: ".",
        horizontal: "-", vertical: "|", corners: ("+", "+", "+", "+"), pointer: ">", arrow: "->")
}
