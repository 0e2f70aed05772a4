import DashboardModel
import Foundation

/// RDS: status, primary and standby zones, and a failover banner with its elapsed time.
enum DatabasePanel {
    /// Rows the panel wants, frame included: two lines per database shown, three with a failover line.
    static func wantedRows(_ state: DashboardState, context: RenderContext) -> Int {
        let lines = context.view.shownDatabases(state).map { database in
            if case .none = database.failover { return 2 }
            return 3
        }
        return 2 + max(1, lines.reduce(0, +))
    }

    /// Draws the panel into `rect`.
    static func draw(_ state: DashboardState, context: RenderContext, into buffer: inout CellBuffer, rect: Rect) {
        let inner = PanelFrame.draw(.databases, state: state, context: context, into: &buffer, rect: rect)
        guard !inner.isEmpty else { return }
        let databases = context.view.shownDatabases(state)
        guard !databases.isEmpty else {
            PanelFrame.nothing(
                "database", loaded: state.databases.value != nil, waitingFor: "DescribeDBInstances",
                view: context.view, into: &buffer, inner: inner)
            return
        }
        let limit = inner.x + inner.width
        let selected = context.view.selectedRow(.databases, of: databases.count)
        var y = inner.y
        for (index, database) in databases.enumerated() {
            guard y < inner.y + inner.height else { break }
            var x = buffer.write(
                Text.fit(database.id, max(6, inner.width / 3), ascii: context.ascii), x: inner.x, y: y,
                style: CellStyle(
                    index == selected && context.view.focus == .databases ? .selection : .accent, bold: true),
                limit: inner.width)
            let statusRole: StyleRole = database.status == "available" ? .ok : .warning
            x = buffer.write(
                " \(database.status)", x: x, y: y, style: CellStyle(statusRole, bold: true), limit: limit - x)
            let azText = database.multiAZ ? " Multi-AZ" : " single-AZ"
            if x + azText.count <= limit {
                buffer.write(azText, x: x, y: y, style: CellStyle(database.multiAZ ? .muted : .warning))
            }
            y += 1
            guard y < inner.y + inner.height else { break }
            let arrow = context.glyphs.arrow
            buffer.write(
                Text.firstFitting(placement(database), inner.width, ascii: context.ascii), x: inner.x, y: y,
                style: CellStyle(.normal),
                limit: inner.width)
            y += 1
            guard y < inner.y + inner.height else { break }
            switch database.failover {
            case .none:
                break
            case let .inProgress(startedAt):
                let elapsed = DurationText.short(context.now.timeIntervalSince(startedAt))
                buffer.write(
                    Text.firstFitting(
                        [" FAILOVER IN PROGRESS \(elapsed) ", " FAILOVER \(elapsed) "], inner.width,
                        ascii: context.ascii),
                    x: inner.x, y: y, style: CellStyle(.critical, bold: true, reverse: true), limit: inner.width)
                y += 1
            case let .completed(startedAt, completedAt):
                let took = startedAt.map { " in " + DurationText.short(completedAt.timeIntervalSince($0)) + "," } ?? ""
                let ago = DurationText.short(context.now.timeIntervalSince(completedAt))
                let zone = database.primaryZone ?? "?"
                let short = LoadBalancerPanel.shortZone(zone)
                let variants = [
                    "  failover done\(took) \(ago) ago \(arrow) \(zone)", "  failover done \(ago) ago \(arrow) \(zone)",
                    "  failover done \(ago) ago \(arrow) \(short)", " failover \(arrow) \(short) \(ago) ago",
                    " failover \(arrow) \(short)"
                ]
                buffer.write(
                    Text.firstFitting(variants, inner.width, ascii: context.ascii), x: inner.x, y: y,
                    style: CellStyle(.warning), limit: inner.width)
                y += 1
            case let .failed(at, reason):
                buffer.write(
                    Text.fitWords(
                        "  failover failed \(DurationText.short(context.now.timeIntervalSince(at))) ago: \(reason)",
                        inner.width,
                        ascii: context.ascii),
                    x: inner.x, y: y, style: CellStyle(.critical), limit: inner.width)
                y += 1
            }
        }
        // Rows to spare (the loop stops only at the bottom, so every database is drawn): the selected
        // one's engine, class and members, then its events, newest first.
        if let spare = DetailList.spare(from: y, in: inner) {
            detail(databases[selected], timeline: state.timeline, ascii: context.ascii).draw(
                into: &buffer, rect: spare, glyphs: context.glyphs)
        }
    }

    /// Where the database runs, longest first: its primary and standby zones (or a cluster's writer
    /// and readers), then shorter forms that drop words and the region from zone names.
    static func placement(_ database: DatabaseStatus) -> [String] {
        if database.isCluster {
            let writer = database.members.first(where: \.isWriter)?.id ?? "?"
            let readers = database.members.filter { !$0.isWriter }.count
            return ["  writer \(writer)  readers \(readers)", "  readers \(readers)  writer \(writer)"]
        }
        let primary = database.primaryZone ?? "?"
        let standby = database.secondaryZone ?? (database.multiAZ ? "?" : "none")
        let short = { (zone: String) in zone == "none" || zone == "?" ? zone : LoadBalancerPanel.shortZone(zone) }
        return [
            "  primary \(primary)  standby \(standby)", "  primary \(short(primary))  standby \(short(standby))",
            "  \(short(primary)), standby \(short(standby))"
        ]
    }

    /// The database's engine, class and cluster members, and its events from the timeline.
    static func detail(_ database: DatabaseStatus, timeline: [TimelineEvent], ascii: Bool) -> DetailList {
        var items: [[DetailList.Segment]] = [[("engine ", CellStyle(.muted)), (database.engine, CellStyle(.normal))]]
        if let instanceClass = database.instanceClass {
            items.append([("class ", CellStyle(.muted)), (instanceClass, CellStyle(.normal))])
        }
        for member in database.members {
            items.append([
                (member.isWriter ? "writer " : "reader ", CellStyle(.muted)),
                (member.id, CellStyle(member.isWriter ? .accent : .normal))
            ])
        }
        let lines = timeline.filter { $0.kind == .database && $0.resource == database.id }.reversed().map {
            event -> [DetailList.Segment] in
            [
                (EventsPanel.clock(event.time) + " ", CellStyle(.muted)),
                (TimelineText.message(event.entry).asciiSafe(ascii), CellStyle(TimelineText.role(event.entry)))
            ]
        }
        return DetailList(heading: database.id, items: items, linesHeading: "events", lines: Array(lines))
    }
}
