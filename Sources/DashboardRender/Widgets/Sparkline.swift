import DashboardModel

/// A one-row graph of a series, newest value on the right.
public enum Sparkline {
    /// The characters and their graph roles for the last `width` values, scaled between `floor`
    /// (default: the smallest value, or 0 when all are non-negative) and the largest value, or
    /// `ceiling` when that is larger (a group's max size, so a steady count is not drawn as full).
    ///
    /// The scale is cut into as many equal bands as the glyph set has levels (eight), so a value one
    /// band above another always draws one glyph higher. Each cell's role says whether its value is
    /// good or poor for a series going `direction`, not how tall it is: judged against `limit` (an
    /// alert threshold, in the series' unit) when there is one, else by where it lies on the scale.
    public static func cells(
        _ values: [Double], width: Int, glyphs: GlyphSet, direction: SeriesDirection,
        limit: Double? = nil, floor: Double? = nil, ceiling: Double? = nil
    ) -> [Cell] {
        guard width > 0, !values.isEmpty else { return [] }
        let shown = Array(values.suffix(width))
        let low = floor ?? min(0, shown.min() ?? 0)
        let high = max(shown.max() ?? 0, low, ceiling ?? low)
        let span = high - low
        let levels = Array(glyphs.sparkLevels.dropFirst())
        return shown.map { value in
            let raw = span > 0 ? (value - low) / span : (value > low ? 1 : 0)
            let fraction = raw.isFinite ? min(1, max(0, raw)) : 0
            let level = min(levels.count - 1, Int(fraction * Double(levels.count)))
            let role = limit.map { direction.graphRole(of: value, limit: $0) } ?? direction.graphRole(at: fraction)
            return Cell(levels[level], style: CellStyle(role))
        }
    }

    /// Draws the sparkline at (`x`, `y`), right-aligned within `width` columns.
    public static func draw(
        _ values: [Double], into buffer: inout CellBuffer, x: Int, y: Int, width: Int,
        glyphs: GlyphSet, direction: SeriesDirection, limit: Double? = nil, floor: Double? = nil,
        ceiling: Double? = nil
    ) {
        let drawn = cells(
            values, width: width, glyphs: glyphs, direction: direction, limit: limit, floor: floor, ceiling: ceiling)
        let start = x + width - drawn.count
        for (offset, cell) in drawn.enumerated() { buffer.set(start + offset, y, cell) }
    }
}
