import DashboardModel
import Foundation

/// The zones below the header: one row per zone on a roomy screen, all zones on one row otherwise;
/// detail is dropped, never cut, until it fits.
enum ZoneStrip {
    /// Rows the strip of `zones` takes on a `width` × `height` screen.
    static func rows(_ zones: [ZoneStatus], width: Int, height: Int) -> Int {
        let count = zones.count
        return perZoneRows(count: count, width: width, height: height) ? count : 1
    }

    /// Whether each zone gets a row: a wide screen with a tenth of its height for them.
    private static func perZoneRows(count: Int, width: Int, height: Int) -> Bool {
        width >= 110 && count > 1 && count <= max(1, height / 10)
    }

    /// Draws the strip of `zones` (the state's, computed once per frame) into `rect`.
    static func draw(
        _ zones: [ZoneStatus], state: DashboardState, context: RenderContext, into buffer: inout CellBuffer, rect: Rect
    ) {
        guard rect.height > 0, rect.width > 2 else { return }
        let width = rect.width - 1
        guard !zones.isEmpty else {
            let waiting =
                state.targetGroups.value == nil ? "zones: waiting for DescribeTargetHealth…" : "zones: none seen"
            buffer.write(
                Text.fit(waiting.asciiSafe(context.ascii), width, ascii: context.ascii), x: rect.x + 1, y: rect.y,
                style: CellStyle(.muted), limit: width)
            return
        }
        if rect.width >= 110 && rect.height >= zones.count {
            drawRows(zones, context: context, into: &buffer, rect: rect)
        } else {
            drawLine(zones, context: context, into: &buffer, rect: rect)
        }
    }

    /// One row per zone, the columns aligned, at the most detail every row fits.
    private static func drawRows(
        _ zones: [ZoneStatus], context: RenderContext, into buffer: inout CellBuffer, rect: Rect
    ) {
        let width = rect.width - 1
        for detail in ZoneDetail.allCases.reversed() {
            let table = zones.map { ZoneColumns.of($0, detail: detail, context: context) }
            let widths = (0..<(table.first?.count ?? 0)).map { column in
                table.map { ZoneColumns.width($0[column]) }.max() ?? 0
            }
            let used = widths.indices.filter { widths[$0] > 0 }
            let total = used.map { widths[$0] }.reduce(0, +) + 2 * max(0, used.count - 1)
            guard total <= width || detail == .least else { continue }
            for (row, columns) in table.enumerated() {
                var x = rect.x + 1
                for index in used {
                    let pieces = columns[index]
                    let start = x
                    for piece in pieces {
                        x = buffer.write(
                            piece.text, x: x, y: rect.y + row, style: piece.style, limit: rect.x + rect.width - x)
                    }
                    x = start + widths[index] + 2
                }
            }
            return
        }
    }

    /// Every zone on one line, separated by bars, at the most detail that fits; zones that still do
    /// not fit are counted at the end, the healthy ones left out first.
    private static func drawLine(
        _ zones: [ZoneStatus], context: RenderContext, into buffer: inout CellBuffer, rect: Rect
    ) {
        let width = rect.width - 1
        let bar: ZoneColumns.Piece = (context.ascii ? " | " : " │ ", CellStyle(.border))
        func line(_ shown: [ZoneStatus], _ detail: ZoneDetail) -> [ZoneColumns.Piece] {
            var pieces: [ZoneColumns.Piece] = []
            for (index, zone) in shown.enumerated() {
                if index > 0 { pieces.append(bar) }
                for (position, column) in ZoneColumns.of(zone, detail: detail, context: context, labels: false).filter({
                    !$0.isEmpty
                }).enumerated() {
                    if position > 0 { pieces.append((" ", CellStyle(.normal))) }
                    pieces += column
                }
            }
            return pieces
        }
        var chosen: [ZoneColumns.Piece] = []
        var shown = zones
        let worstFirst = zones.enumerated().sorted { lhs, rhs in
            (-rank(lhs.element.condition), lhs.offset) < (-rank(rhs.element.condition), rhs.offset)
        }.map(\.element.key)
        search: while true {
            for detail in ZoneDetail.allCases.reversed() {
                var pieces = line(shown, detail)
                let hidden = zones.count - shown.count
                if hidden > 0 { pieces.append(("  +\(hidden) more", CellStyle(.muted))) }
                if ZoneColumns.width(pieces) <= width {
                    chosen = pieces
                    break search
                }
            }
            guard shown.count > 1 else {
                chosen = line(shown, .least)
                break
            }
            let keep = Set(worstFirst.prefix(shown.count - 1))
            shown = zones.filter { keep.contains($0.key) }
        }
        var x = rect.x + 1
        for piece in chosen {
            x = buffer.write(piece.text, x: x, y: rect.y, style: piece.style, limit: rect.x + rect.width - x)
        }
    }

    /// Down zones are shown before degraded ones, which are shown before healthy and unknown ones.
    private static func rank(_ condition: ZoneCondition?) -> Int {
        switch condition {
        case .down: 3
        case .degraded: 2
        case .ok: 1
        case nil: 0
        }
    }
}
