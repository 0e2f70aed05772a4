import DashboardModel

/// Load balancers: a grid of target group by zone with healthy and unhealthy counts, plus traffic.
enum LoadBalancerPanel {
    /// Rows the panel wants, frame included: a heading, then two lines per target group shown.
    static func wantedRows(_ state: DashboardState, context: RenderContext) -> Int {
        let count = context.view.rowCount(.loadBalancers, in: state)
        return 2 + (count == 0 ? 1 : 1 + count * 2)
    }

    /// Draws the panel into `rect`.
    static func draw(_ state: DashboardState, context: RenderContext, into buffer: inout CellBuffer, rect: Rect) {
        let inner = PanelFrame.draw(.loadBalancers, state: state, context: context, into: &buffer, rect: rect)
        guard !inner.isEmpty else { return }
        let groups = context.view.shownTargetGroups(state)
        if groups.isEmpty {
            PanelFrame.nothing(
                "target group", loaded: state.targetGroups.value != nil, waitingFor: "DescribeTargetHealth",
                view: context.view, into: &buffer, inner: inner)
            return
        }
        let zones = Array(Set(groups.flatMap { $0.zoneCounts.map(\.zone) })).sorted { lhs, rhs in
            (lhs == "unknown" ? 1 : 0, lhs) < (rhs == "unknown" ? 1 : 0, rhs)
        }
        let grid = Grid(zones: zones, groups: groups, width: inner.width, glyphs: context.glyphs)
        let nameWidth = grid.nameWidth
        let limit = inner.x + inner.width
        var column =
            buffer.write(
                Text.pad("  target group", nameWidth + 2, ascii: context.ascii), x: inner.x, y: inner.y,
                style: CellStyle(.muted),
                limit: inner.width) + 1
        for label in grid.labels {
            column = buffer.write(
                Text.pad(label, grid.cellWidth), x: column, y: inner.y, style: CellStyle(.muted), limit: limit - column)
        }
        if grid.showsTraffic {
            buffer.write("req/min 5xx", x: column, y: inner.y, style: CellStyle(.muted), limit: limit - column)
        }
        let selected = context.view.selectedRow(.loadBalancers, of: groups.count)
        let rowsPerGroup = inner.height - 1 >= groups.count * 2 ? 2 : 1
        let visible = max(1, (inner.height - 1) / rowsPerGroup)
        let first = max(0, min(selected - visible + 1, groups.count - visible))
        var y = inner.y + 1
        for (index, group) in groups.enumerated().dropFirst(first).prefix(visible) {
            let isSelected = index == selected && context.view.focus == .loadBalancers
            var x = buffer.write(
                isSelected ? String(context.glyphs.pointer) + " " : "  ", x: inner.x, y: y, style: CellStyle(.accent),
                limit: inner.width)
            x =
                buffer.write(
                    Text.pad(group.name, nameWidth, ascii: context.ascii), x: x, y: y,
                    style: CellStyle(isSelected ? .selection : .accent, bold: true), limit: limit - x) + 1
            let counts = Dictionary(group.zoneCounts.map { ($0.zone, $0) }, uniquingKeysWith: { first, _ in first })
            for zone in zones {
                if group.source == .unknown {
                    buffer.write("?", x: x, y: y, style: CellStyle(.muted), limit: limit - x)
                } else if let count = counts[zone], count.total > 0 {
                    TargetCountCell(count, glyphs: context.glyphs).draw(into: &buffer, x: x, y: y, limit: limit)
                } else {
                    buffer.write("-", x: x, y: y, style: CellStyle(.muted), limit: limit - x)
                }
                x += grid.cellWidth
            }
            let requests = state.metrics.value?.value(MetricName.targetRequests, group.arn)
            let errors = state.metrics.value?.value(MetricName.target5xx, group.arn)
            if grid.showsTraffic, let requests {
                x = buffer.write(Text.count(requests), x: x, y: y, style: CellStyle(.normal), limit: limit - x)
                x = buffer.write(
                    " " + Text.count(errors ?? 0), x: x, y: y, style: CellStyle((errors ?? 0) > 0 ? .critical : .muted),
                    limit: limit - x)
            }
            if rowsPerGroup == 2 {
                let reasons = Set(group.zoneCounts.flatMap(\.reasons)).sorted()
                if !reasons.isEmpty {
                    buffer.write(
                        Text.fit("    " + reasons.joined(separator: ", "), inner.width, ascii: context.ascii),
                        x: inner.x, y: y + 1,
                        style: CellStyle(.critical), limit: inner.width)
                } else {
                    let graphWidth = max(0, inner.width - nameWidth - 16)
                    let gx = buffer.write(
                        Text.pad("    requests", nameWidth + 2), x: inner.x, y: y + 1, style: CellStyle(.muted),
                        limit: inner.width)
                    let requests = SeriesKey(MetricName.targetRequests, group.arn)
                    Sparkline.draw(
                        state.history.values(requests), into: &buffer, x: gx, y: y + 1,
                        width: min(graphWidth, limit - gx),
                        glyphs: context.glyphs, direction: requests.direction, floor: 0)
                }
            }
            y += rowsPerGroup
        }
        // Rows to spare (zoomed, or a roomy screen): the selected target group's targets.
        if rowsPerGroup == 2, visible >= groups.count,
            let spare = DetailList.spare(from: inner.y + 1 + groups.count * 2, in: inner)
        {
            detail(groups[selected]).draw(into: &buffer, rect: spare, glyphs: context.glyphs)
        }
    }

    /// The target group's targets, the unhealthy first (they must survive a cut), then by zone, with
    /// the reason of each one that is not healthy.
    static func detail(_ group: TargetGroupHealth) -> DetailList {
        switch group.source {
        case .listed: break
        case let .counted(minute):
            // Counts only: the targets of this many target groups are not listed on every poll.
            let tally = group.zoneCounts.filter { $0.total > 0 }.map {
                "\($0.zone) \($0.healthy) healthy \($0.unhealthy) unhealthy"
            }
            return DetailList(
                heading:
                    "\(group.name): CloudWatch's counts at \(EventsPanel.minuteClock(minute)) UTC (targets not listed)",
                items: tally.map { [($0, CellStyle(.normal))] }, linesHeading: nil)
        case .unknown:
            return DetailList(
                heading: "\(group.name): health not known yet (not listed this poll, no CloudWatch count)",
                items: [], linesHeading: nil)
        }
        let order: [TargetState] = [.unhealthy, .unavailable, .initial, .draining, .unused, .healthy]
        func rank(_ state: TargetState) -> Int { order.firstIndex(of: state) ?? order.count }
        let targets = group.targets.sorted {
            (rank($0.state), $0.zone ?? "~", $0.id) < (rank($1.state), $1.zone ?? "~", $1.id)
        }
        let idWidth = targets.map { $0.id.count + ($0.port.map { String($0).count + 1 } ?? 0) }.max() ?? 0
        let items = targets.map { target -> [DetailList.Segment] in
            let role: StyleRole =
                switch target.state {
                case .healthy: .ok
                case .unhealthy: .critical
                case .initial, .draining: .warning
                case .unused, .unavailable: .muted
                }
            var segments: [DetailList.Segment] = [
                (Text.pad(target.id + (target.port.map { ":\($0)" } ?? ""), idWidth) + " ", CellStyle(.normal)),
                ((target.zone ?? "unknown") + " ", CellStyle(.muted)),
                (target.state.rawValue, CellStyle(role, bold: target.state == .unhealthy))
            ]
            if target.state != .healthy, let reason = target.reason {
                segments.append((" " + reason, CellStyle(.muted)))
            }
            return segments
        }
        return DetailList(
            heading: "\(group.name): \(targets.count) target\(targets.count == 1 ? "" : "s")", items: items,
            linesHeading: nil)
    }

    /// The grid's columns for a panel `width` wide: zone cells wide enough for every count (they are
    /// never cut), full zone names when they fit (else `1a`), the traffic column when it fits whole,
    /// and the name column takes the rest (names are cut before anything else).
    struct Grid {
        /// Columns per zone, gap included.
        let cellWidth: Int
        /// The zones' headings.
        let labels: [String]
        /// Columns of the target group's name.
        let nameWidth: Int
        /// Whether requests and 5xx are drawn.
        let showsTraffic: Bool

        /// Columns of `req/min 5xx` and its figures (`123.4k 12.3k`).
        static let trafficWidth = 14
        /// The fewest columns a name is given before the traffic column goes.
        static let shortestName = 6

        init(zones: [String], groups: [TargetGroupHealth], width: Int, glyphs: GlyphSet) {
            let widest = groups.flatMap(\.zoneCounts).filter { $0.total > 0 }.map(TargetCountCell.width(of:)).max() ?? 1
            // The pointer, the shortest name and the space after it; each cell ends in its gap.
            let room = width - 3 - Self.shortestName
            let roomy = widest + 2
            let counts = zones.count * roomy <= room ? roomy : widest + 1
            let named = max(counts, (zones.map(\.count).max() ?? 0) + 2)
            showsTraffic = zones.count * counts + Self.trafficWidth <= room
            let traffic = showsTraffic ? Self.trafficWidth : 0
            cellWidth = zones.count * named + traffic <= room ? named : counts
            labels = cellWidth >= named ? zones : zones.map(LoadBalancerPanel.shortZone)
            nameWidth = max(Self.shortestName, min(24, width - 3 - zones.count * cellWidth - traffic))
        }
    }

    /// `us-east-1a` as `1a` (the region is in the header); `unknown` as `?`.
    static func shortZone(_ zone: String) -> String {
        zone == "unknown" ? "?" : String(zone.suffix(2))
    }
}

extension String {
    /// This text with the few non-ASCII marks the panels use replaced, when `ascii` is set.
    func asciiSafe(_ ascii: Bool) -> String {
        guard ascii else { return self }
        return replacingOccurrences(of: "✗", with: "x").replacingOccurrences(of: "…", with: "~")
            .replacingOccurrences(of: "↓", with: "v").replacingOccurrences(of: "→", with: "->")
            .replacingOccurrences(of: "⟳", with: "*").replacingOccurrences(of: "↑", with: "^")
            .replacingOccurrences(of: "←", with: "<")
    }
}
