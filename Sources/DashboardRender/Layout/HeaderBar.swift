import DashboardModel
import Foundation

/// The top line: account, profile, regions, badges, refresh state and the clock.
enum HeaderBar {
    /// Draws the header on row `y`.
    static func draw(_ state: DashboardState, context: RenderContext, into buffer: inout CellBuffer, y: Int) {
        let width = buffer.width
        let header = context.header
        // A stack's colour draws the whole bar in that role, reversed, so production cannot be mistaken.
        let bar = header.color.map { CellStyle($0, bold: true, reverse: true) } ?? CellStyle(.header)
        buffer.fill(Rect(x: 0, y: y, width: width, height: 1), style: bar)
        var x = buffer.write(
            " Flightdeck ", x: 0, y: y, style: header.color == nil ? CellStyle(.header, bold: true) : bar)
        if header.simulation {
            x = buffer.write(" SIMULATION ", x: x, y: y, style: CellStyle(.banner, bold: true, reverse: true))
            x += 1
        }
        if header.readOnly {
            x = buffer.write(" READ-ONLY ", x: x, y: y, style: CellStyle(.warning, bold: true, reverse: true))
            x += 1
        }
        // CloudWatch alarms in ALARM on watched resources: the count, where the eye starts.
        let alarming = (state.metrics.value?.alarms ?? []).filter { $0.state == .alarm }.count
        if alarming > 0 {
            x = buffer.write(
                " \(alarming) ALARM\(alarming == 1 ? "" : "S") ", x: x, y: y,
                style: CellStyle(.critical, bold: true, reverse: true))
            x += 1
        }
        let refresh: String
        if state.paused {
            refresh = "PAUSED"
        } else if DataSource.allCases.contains(where: state.scheduler.isPolling) {
            refresh = context.ascii ? "refreshing" : "⟳ refreshing"
        } else {
            refresh = "live"
        }
        let right = "\(refresh)  \(EventsPanel.clock(context.now)) UTC "
        var start = width - CharacterWidth.of(right)
        buffer.write(right, x: start, y: y, style: state.paused ? CellStyle(.warning, bold: true) : bar)
        // When the credentials stop being renewable, left of the clock; the regions keep their room.
        if let badge = CredentialBadge.make(state.credentials, now: context.now) {
            let regions = CharacterWidth.of(header.shortenings.last ?? "") + 2
            if let text = badge.forms.first(where: { start - CharacterWidth.of($0) - 2 - x >= regions }) {
                start -= CharacterWidth.of(text) + 2
                buffer.write(
                    " \(text) ", x: start, y: y,
                    style: badge.role.map { CellStyle($0, bold: true, reverse: true) } ?? bar)
            }
        }
        buffer.write(
            Text.firstFitting(header.shortenings.map { " " + $0 }, start - x - 1, ascii: context.ascii), x: x, y: y,
            style: bar, limit: start - x - 1)
    }
}

/// The bottom line: alerts when there are any, else the key hints from the live key map.
enum BottomBar {
    /// Draws the bar on row `y`.
    static func draw(_ state: DashboardState, context: RenderContext, into buffer: inout CellBuffer, y: Int) {
        let width = buffer.width
        if let alert = state.alerts.first {
            let others = state.alerts.count - 1
            // The count and the key to list them are kept whole; the message loses words first.
            let tails =
                others > 0
                ? ["  (+\(others) more alerts: a lists all)", "  (+\(others) more: a)", " +\(others) a"]
                : ["  (a: since when)", ""]
            let head = " \(AlertText.line(alert))".asciiSafe(context.ascii)
            let tail = tails.first { CharacterWidth.of(head) + CharacterWidth.of($0) <= width } ?? tails.last ?? ""
            let role: StyleRole = alert.severity == .critical ? .critical : .warning
            buffer.write(
                Text.fitWords(head, width - CharacterWidth.of(tail), ascii: context.ascii) + tail, x: 0, y: y,
                style: CellStyle(role, bold: true))
            return
        }
        // The key map lists `? help` and `q quit` last: they are kept, and the hints before them are
        // dropped from the end when the line is short.
        let kept = context.hints.suffix(2)
        let keptWidth = kept.map {
            CharacterWidth.of($0.key.asciiSafe(context.ascii)) + CharacterWidth.of($0.label) + 3
        }.reduce(0, +)
        var x = 1
        var shown: [(key: String, label: String)] = []
        for hint in context.hints.dropLast(2) {
            let needed = CharacterWidth.of(hint.key.asciiSafe(context.ascii)) + CharacterWidth.of(hint.label) + 3
            if x + needed + keptWidth > width { break }
            shown.append(hint)
            x += needed
        }
        x = 1
        for hint in shown + kept {
            let key = hint.key.asciiSafe(context.ascii)
            let needed = CharacterWidth.of(key) + CharacterWidth.of(hint.label) + 3
            if x + needed > width { break }
            x = buffer.write(key, x: x, y: y, style: CellStyle(.accent, bold: true))
            x = buffer.write(" " + hint.label + "  ", x: x, y: y, style: CellStyle(.muted))
        }
    }
}
