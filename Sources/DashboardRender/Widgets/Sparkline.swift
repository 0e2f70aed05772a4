/// A one-row graph of a series, newest value on the right.
public enum Sparkline {
    /// The characters and their graph roles for the last `width` values, scaled between `floor`
    /// (default: the smallest value, or 0 when all are non-negative) and the largest value, or
    /// `ceiling` when that is larger (a group's max size, so a steady count is not drawn as full).
    public static func cells(_ values: [Double], width: Int, glyphs: GlyphSet, floor: Double? = nil, ceiling: Double? = nil) -> [Cell] {
        guard width > 0, !values.isEmpty else { return [] }
        let shown = Array(values.suffix(width))
        let low = floor ?? min(0, shown.min() ?? 0)
        let high = max(shown.max() ?? 0, low, ceiling ?? low)
        let span = high - low
        let levels = Array(glyphs.sparkLevels.dropFirst())
        let top = levels.count - 1
        return shown.map { value in
            let fraction = span > 0 ? (value - low) / span : (value > low ? 1 : 0)
            let level = max(0, min(top, Int((fraction * Double(top)).rounded())))
            let role: StyleRole = fraction < 0.34 ? .graphLow : (fraction < 0.67 ? .graphMid : .graphHigh)
            return Cell(levels[level], style: CellStyle(role))
        }
    }

    /// Draws the sparkline at (`x`, `y`), right-aligned within `width` columns.
    public static func draw(_ values: [Double], into buffer: inout CellBuffer, x: Int, y: Int, width: Int,
                            glyphs: GlyphSet, floor: Double? = nil, ceiling: Double? = nil) {
        let drawn = cells(values, width: width, glyphs: glyphs, floor: floor, ceiling: ceiling)
        let start = x + width - drawn.count
        for (offset, cell) in drawn.enumerated() { buffer.set(start + offset, y, cell) }
    }
}
