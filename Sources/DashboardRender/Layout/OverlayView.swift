import DashboardModel
import Foundation

/// Draws what covers the panels: help, the error log, prompts, confirmations, messages.
enum OverlayView {
    /// Draws `context.view.overlay` centred in `area`.
    static func draw(_ state: DashboardState, context: RenderContext, into buffer: inout CellBuffer, area: Rect) {
        switch context.view.overlay {
        case .none:
            return
        case .help:
            var lines = context.help.map { Text.pad($0.key, 12) + $0.label }
            if lines.count + 4 > area.height {
                // Two columns when one does not fit (an 80x24 terminal).
                let half = (lines.count + 1) / 2
                let width = (lines.prefix(half).map { CharacterWidth.of($0) }.max() ?? 0) + 3
                lines = (0..<half).map { row in
                    Text.pad(lines[row], width) + (row + half < lines.count ? lines[row + half] : "")
                }
            }
            let marks = ["", TargetCountCell.legend(glyphs: context.glyphs)]
            box(
                title: "Keys", lines: lines + marks + ["", "any key closes"], role: .normal, context: context,
                into: &buffer, area: area)
        case .alerts:
            box(
                title: "Alerts (\(state.alerts.count))",
                lines: alertLines(state, context: context) + ["", "any key closes"], role: .normal,
                context: context, into: &buffer, area: area, wide: true)
        case .errorLog:
            let lines = state.errorLog.suffix(max(1, area.height - 4)).map {
                "\(EventsPanel.clock($0.time)) \(Text.pad($0.source.title, 13))\($0.failure.message)"
            }
            box(
                title: "Error log (\(state.errorLog.count))", lines: lines.isEmpty ? ["no errors"] : lines,
                role: .normal,
                context: context, into: &buffer, area: area, wide: true)
        case let .limitPrompt(group, field, current, text):
            box(
                title: "\(group): new \(field.rawValue) (now \(current))",
                lines: ["> " + text + "_", "", "Enter accepts, Esc cancels"], role: .accent, context: context,
                into: &buffer, area: area)
        case let .filter(text):
            let now = context.view.filter.isEmpty ? "no filter now" : "now \"\(context.view.filter)\""
            box(
                title: "Filter by name (\(now))",
                lines: [
                    "> " + text + "_", "", "Enter filters; Enter on an empty line clears the filter;",
                    "Esc keeps the filter as it was"
                ],
                role: .accent, context: context, into: &buffer, area: area)
        case let .commandLine(text):
            let y = area.y + area.height - 1
            buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: CellStyle(.selection))
            buffer.write(":" + text + "_", x: area.x, y: y, style: CellStyle(.selection, bold: true), limit: area.width)
        case let .confirmScaling(plan, reoffered, typed):
            let title = "Scale \(plan.request.group)?" + (reoffered ? " (it moved: offered again)" : "")
            var body =
                ScalingPlanText.lines(plan) + ScheduleText.warnings(plan, now: context.now, timeZone: context.timeZone)
            body.append("")
            if plan.requiresTypedName {
                body.append("Type \(plan.request.group) and press Enter to apply, Esc to cancel")
                body.append("> " + typed + "_")
            } else {
                body.append("y or Enter applies, n or Esc cancels")
            }
            box(title: title, lines: body, role: .warning, context: context, into: &buffer, area: area)
        case .quitConfirm:
            box(
                title: "Quit Flightdeck?", lines: ["Ctrl-C pressed.", "", "y or Enter quits, n or Esc stays"],
                role: .warning, context: context,
                into: &buffer, area: area)
        case let .confirmSchedule(plan, typed):
            var body = ScheduleText.planLines(plan, now: context.now, timeZone: context.timeZone)
            body.append("")
            if plan.change.requiresTypedName {
                body.append("Type \(plan.request.group) and press Enter to apply, Esc to cancel")
                body.append("> " + typed + "_")
            } else {
                body.append("y or Enter applies, n or Esc cancels")
            }
            box(
                title: "Schedule a pre-warm of \(plan.request.group)?", lines: body, role: .warning, context: context,
                into: &buffer, area: area)
        case let .scheduledActionMenu(group, _, actions):
            let lines = zip(Overlay.menuKeys, actions).map {
                "\($0)  " + ScheduleText.line($1, now: context.now, timeZone: context.timeZone)
            }
            box(
                title: "Delete which scheduled action of \(group)?",
                lines: lines + ["", "an item's key picks it, any other key closes"],
                role: .normal, context: context, into: &buffer, area: area)
        case let .confirmDeletion(group, region, action):
            let body = ScheduleText.deletionLines(
                group: group, region: region, action: action, now: context.now, timeZone: context.timeZone)
            box(
                title: "Delete scheduled action of \(group)?",
                lines: body + ["", "y or Enter applies, n or Esc cancels"], role: .warning,
                context: context, into: &buffer, area: area)
        case let .faultMenu(items):
            let lines = zip(Overlay.menuKeys, items).map { "\($0)  \(FaultText.name($1))" }
            box(
                title: "Inject a fault into the simulation",
                lines: lines + ["", "an item's key injects it, any other key closes"], role: .normal, context: context,
                into: &buffer, area: area)
        case let .notice(notice):
            let (title, lines) = NoticeText.words(notice, now: context.now, timeZone: context.timeZone)
            box(
                title: title, lines: lines + ["", "any key closes"], role: .accent, context: context, into: &buffer,
                area: area)
        }
    }

    /// One line per alert, most severe first: when it started, for how long, and what it says.
    static func alertLines(_ state: DashboardState, context: RenderContext) -> [String] {
        guard !state.alerts.isEmpty else { return ["no alerts"] }
        return state.alerts.map { alert in
            let since =
                state.alertOnsets.start(of: alert).map {
                    "since \(EventsPanel.clock($0)) (\(DurationText.short(context.now.timeIntervalSince($0))))"
                } ?? "since ?"
            return
                "\(Text.pad(since, 26)) \(Text.pad(alert.severity.rawValue.uppercased(), 8)) \(alert.resource): \(AlertText.words(alert))"
        }
    }

    private static func box(
        title: String, lines: [String], role: StyleRole, context: RenderContext, into buffer: inout CellBuffer,
        area: Rect, wide: Bool = false
    ) {
        let longest = max(CharacterWidth.of(title) + 6, lines.map { CharacterWidth.of($0) }.max() ?? 0)
        let width = min(area.width - 2, wide ? area.width - 4 : max(40, longest + 4))
        let height = min(area.height, lines.count + 2)
        let rect = Rect(
            x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        buffer.fill(rect)
        let inner = Frame.draw(into: &buffer, rect, title: title, focused: true, glyphs: context.glyphs)
        for (offset, line) in lines.prefix(inner.height).enumerated() {
            buffer.write(
                Text.fitWords(line.asciiSafe(context.ascii), inner.width - 2, ascii: context.ascii), x: inner.x + 1,
                y: inner.y + offset,
                style: CellStyle(offset == 0 ? role : .normal), limit: inner.width - 1)
        }
    }
}
