/// The rows a panel has to spare, filled with the selected resource's parts: a heading, then items
/// in as many columns as fit, then (optionally) a second heading with lines of its own.
struct DetailList {
    /// One piece of an item, in its own style.
    typealias Segment = (text: String, style: CellStyle)

    /// The heading over the items, e.g. `web-asg: 9 instances`.
    var heading: String
    /// The items, each a row of segments; all share one column width.
    var items: [[Segment]]
    /// The heading over the lines, e.g. `recent activity`; nil for none.
    var linesHeading: String?
    /// Lines drawn one per row under `linesHeading`, newest first.
    var lines: [[Segment]] = []

    /// The fewest spare rows worth drawing into: a heading and two rows.
    static let minimumRows = 3

    /// The rows of `inner` from row `y` down, when there are enough of them for a detail list.
    static func spare(from y: Int, in inner: Rect) -> Rect? {
        let height = inner.y + inner.height - y
        return height >= minimumRows ? Rect(x: inner.x, y: y, width: inner.width, height: height) : nil
    }

    /// Draws into `rect` (nothing into fewer than `minimumRows`); items take what they need up to
    /// half the rows when lines follow.
    func draw(into buffer: inout CellBuffer, rect: Rect, glyphs: GlyphSet) {
        guard rect.height >= Self.minimumRows, !items.isEmpty || !lines.isEmpty else { return }
        let itemWidth = (items.map { $0.reduce(0) { $0 + CharacterWidth.of($1.text) } }.max() ?? 0) + 3
        let columns = max(1, min(items.count, (rect.width - 2) / max(1, itemWidth)))
        let itemRows = (items.count + columns - 1) / columns
        let hasLines = linesHeading != nil && !lines.isEmpty
        let itemBudget = hasLines ? max(1, (rect.height - 2) / 2) : rect.height - 1
        let shownRows = min(itemRows, itemBudget)
        var y = rect.y
        heading(heading, into: &buffer, x: rect.x, y: y, width: rect.width, glyphs: glyphs)
        y += 1
        // Items run down each column, so a sorted list reads top to bottom, then across; when they
        // do not all fit, the last cell says how many are left out.
        let truncated = shownRows < itemRows
        let cells = columns * shownRows
        for row in 0..<shownRows {
            for column in 0..<columns {
                let index = column * shownRows + row
                guard index < items.count else { continue }
                let x = rect.x + 2 + column * itemWidth
                if truncated && index == cells - 1 {
                    buffer.write(
                        "+\(items.count - index) more", x: x, y: y, style: CellStyle(.muted),
                        limit: rect.x + rect.width - x)
                } else {
                    write(items[index], into: &buffer, x: x, y: y, limit: min(itemWidth - 1, rect.x + rect.width - x))
                }
            }
            y += 1
        }
        guard hasLines, let linesHeading, y < rect.y + rect.height - 1 else { return }
        heading(linesHeading, into: &buffer, x: rect.x, y: y, width: rect.width, glyphs: glyphs)
        y += 1
        for line in lines where y < rect.y + rect.height {
            write(line, into: &buffer, x: rect.x + 2, y: y, limit: rect.width - 2)
            y += 1
        }
    }

    /// `── TEXT ───…` across the width, muted.
    private func heading(_ text: String, into buffer: inout CellBuffer, x: Int, y: Int, width: Int, glyphs: GlyphSet) {
        let rule = String(glyphs.box.horizontal)
        let end = buffer.write(rule + rule + " " + text + " ", x: x, y: y, style: CellStyle(.muted), limit: width)
        buffer.write(
            String(repeating: rule, count: max(0, x + width - end)), x: end, y: y, style: CellStyle(.muted),
            limit: x + width - end)
    }

    /// Writes the segments one after another, stopping at `limit` columns.
    private func write(_ segments: [Segment], into buffer: inout CellBuffer, x: Int, y: Int, limit: Int) {
        var column = x
        for segment in segments {
            column = buffer.write(segment.text, x: column, y: y, style: segment.style, limit: x + limit - column)
        }
    }
}
