import DashboardModel

/// Cost: the live burn rate, what was spent since start, Cost Explorer's month to date, and what
/// the dashboard's own polling costs.
enum CostPanel {
    /// Rows the panel wants, frame included: its figures, a spare line, then the sparkline.
    static func wantedRows(_ state: DashboardState, context: RenderContext) -> Int {
        // Four figures, and the price source when it is the fallback (`state.cost` is not worked out twice a frame).
        2 + (state.prices.isFallback ? 5 : 4) + 2
    }

    /// Label, value and style of each figure.
    private static func rows(_ state: DashboardState, cost: CostStatus) -> [(String, String, StyleRole)] {
        var rows: [(String, String, StyleRole)] = [
            ("burn", "\(Text.dollars(cost.burnRatePerHour))/h", .accent),
            ("since start", Text.dollars(state.spentSinceStart), .normal),
            ("month to date", cost.monthToDate.map(Text.dollars) ?? "n/a", .normal),
            ("polling", "\(Text.dollars(state.pollingCostPerDay))/day", .muted)
        ]
        if state.prices.isFallback { rows.append(("prices", "bundled (fallback)", .warning)) }
        return rows
    }

    /// Draws the panel into `rect`.
    static func draw(_ state: DashboardState, context: RenderContext, into buffer: inout CellBuffer, rect: Rect) {
        let inner = PanelFrame.draw(.cost, state: state, context: context, into: &buffer, rect: rect)
        guard !inner.isEmpty else { return }
        let limit = inner.x + inner.width
        let cost = state.cost
        let rows = rows(state, cost: cost)
        for (offset, row) in rows.enumerated() where offset < inner.height {
            let x = buffer.write(
                Text.pad(row.0, 14), x: inner.x + 1, y: inner.y + offset, style: CellStyle(.muted),
                limit: inner.width - 1)
            buffer.write(
                row.1, x: x, y: inner.y + offset, style: CellStyle(row.2, bold: row.2 == .accent), limit: limit - x)
        }
        if inner.height > rows.count + 1 {
            let y = inner.y + rows.count
            let gx = buffer.write(" $/h ", x: inner.x, y: y, style: CellStyle(.muted), limit: inner.width)
            let burn = SeriesKey(MetricName.burnRate, "total")
            Sparkline.draw(
                state.history.values(burn), into: &buffer, x: gx, y: y, width: max(0, limit - gx - 1),
                glyphs: context.glyphs,
                direction: burn.direction, floor: 0)
        }
        // Rows to spare: what the burn rate is made of, the largest first.
        if !cost.lines.isEmpty, let spare = DetailList.spare(from: inner.y + rows.count + 2, in: inner) {
            detail(cost, ascii: context.ascii).draw(into: &buffer, rect: spare, glyphs: context.glyphs)
        }
    }

    /// Each line of the burn rate: what, how many at what price, and its share per hour.
    static func detail(_ cost: CostStatus, ascii: Bool) -> DetailList {
        let lines = CostText.linesByCost(cost)
        let itemWidth = lines.map(\.item.count).max() ?? 0
        let counts = lines.map {
            "\(Text.quantity($0.line.quantity)) \(ascii ? "x" : "×") \(Text.unitPrice($0.line.unitPerHour))"
        }
        let countWidth = counts.map(\.count).max() ?? 0
        let items = zip(lines, counts).map { entry, count -> [DetailList.Segment] in
            let (line, item) = entry
            return [
                (Text.pad(item, itemWidth) + " ", CellStyle(.normal)),
                (Text.pad(count, countWidth) + " ", CellStyle(.muted)),
                ("\(Text.dollars(line.perHour))/h", CellStyle(.accent))
            ]
        }
        return DetailList(heading: "burn by item", items: items, linesHeading: nil)
    }
}
