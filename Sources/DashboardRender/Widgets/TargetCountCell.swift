import DashboardModel

/// One zone's target counts in the compact notation `2✓ 1◌ 1✗`: healthy, starting or draining,
/// unhealthy; the last two only when not zero. The notation is explained in the help overlay.
struct TargetCountCell {
    /// One count with its mark and role.
    struct Part {
        /// `2✓`.
        var text: String
        /// How it is drawn.
        var style: CellStyle
    }

    /// The parts, healthy first.
    let parts: [Part]

    /// The cell for `counts`.
    init(_ counts: ZoneTargetCounts, glyphs: GlyphSet) {
        var parts = [
            Part(
                text: "\(counts.healthy)\(glyphs.healthyMark)",
                style: CellStyle(counts.healthy > 0 ? .ok : .critical, bold: true))
        ]
        let changing = counts.initial + counts.draining
        if changing > 0 { parts.append(Part(text: "\(changing)\(glyphs.changingMark)", style: CellStyle(.warning))) }
        if counts.unhealthy > 0 {
            parts.append(
                Part(text: "\(counts.unhealthy)\(glyphs.unhealthyMark)", style: CellStyle(.critical, bold: true)))
        }
        self.parts = parts
    }

    /// Columns the cell takes.
    var width: Int {
        parts.map { CharacterWidth.of($0.text) }.reduce(0, +) + max(0, parts.count - 1)
    }

    /// Columns the cell for `counts` would take, worked out from its digits without building it (the
    /// grid asks this of every target group's every zone each frame; the marks are one column each).
    static func width(of counts: ZoneTargetCounts) -> Int {
        func digits(_ value: Int) -> Int { value < 10 ? 1 : 1 + digits(value / 10) }
        let changing = counts.initial + counts.draining
        var width = digits(counts.healthy) + 1
        if changing > 0 { width += 1 + digits(changing) + 1 }
        if counts.unhealthy > 0 { width += 1 + digits(counts.unhealthy) + 1 }
        return width
    }

    /// Writes the cell from (`x`, `y`) when it fits whole before column `limit` (a count is never
    /// cut); returns the column after it.
    @discardableResult
    func draw(into buffer: inout CellBuffer, x: Int, y: Int, limit: Int) -> Int {
        guard x + width <= limit else { return x }
        var column = x
        for (index, part) in parts.enumerated() {
            if index > 0 { column += 1 }
            column = buffer.write(part.text, x: column, y: y, style: part.style)
        }
        return column
    }

    /// The legend for the help overlay: an example and what each mark means.
    static func legend(glyphs: GlyphSet) -> String {
        "2\(glyphs.healthyMark) 1\(glyphs.changingMark) 1\(glyphs.unhealthyMark)  targets in a zone: healthy, starting or draining, unhealthy"
    }
}
