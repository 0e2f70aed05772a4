import DashboardModel

/// A horizontal bar showing a fraction, e.g. the cache hit ratio.
public enum Gauge {
    /// Draws `fraction` (clamped to 0...1) as a bar of `width` cells. The filled part's role follows
    /// `direction`: judged against `limit` (an alert threshold, as a fraction) when there is one,
    /// else by where the fraction lies (`SeriesDirection.graphRole(at:)`).
    public static func draw(
        _ fraction: Double, into buffer: inout CellBuffer, x: Int, y: Int, width: Int,
        direction: SeriesDirection, limit: Double? = nil, glyphs: GlyphSet
    ) {
        guard width > 0 else { return }
        let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let role = limit.map { direction.graphRole(of: clamped, limit: $0) } ?? direction.graphRole(at: clamped)
        let filled = Int((clamped * Double(width)).rounded())
        for column in 0..<width {
            let isFilled = column < filled
            buffer.set(
                x + column, y,
                Cell(
                    isFilled ? glyphs.gauge.full : glyphs.gauge.empty,
                    style: CellStyle(isFilled ? role : .muted)))
        }
    }
}
