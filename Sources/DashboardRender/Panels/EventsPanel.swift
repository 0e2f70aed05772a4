import DashboardModel
import Foundation

/// The merged timeline, newest at the bottom.
enum EventsPanel {
    /// Draws the panel into `rect`.
    static func draw(_ state: DashboardState, context: RenderContext, into buffer: inout CellBuffer, rect: Rect) {
        let inner = PanelFrame.draw(.events, state: state, context: context, into: &buffer, rect: rect)
        guard !inner.isEmpty else { return }
        let events = state.timeline.filter {
            context.view.matches($0.resource) || context.view.matches(TimelineText.message($0.entry))
        }
        guard !events.isEmpty else {
            PanelFrame.empty("no events yet", into: &buffer, inner: inner)
            return
        }
        let shown = events.suffix(inner.height)
        for (offset, event) in shown.enumerated() {
            let y = inner.y + offset
            var x = buffer.write(
                clock(event.time) + " ", x: inner.x, y: y, style: CellStyle(.muted), limit: inner.width)
            x = buffer.write(
                Text.pad(event.kind.rawValue, 9), x: x, y: y, style: CellStyle(TimelineText.role(event.entry)),
                limit: inner.x + inner.width - x)
            x = buffer.write(
                Text.fit(event.resource, 16, ascii: context.ascii) + " ", x: x, y: y, style: CellStyle(.accent),
                limit: inner.x + inner.width - x)
            buffer.write(
                Text.fit(
                    TimelineText.message(event.entry).asciiSafe(context.ascii), inner.x + inner.width - x,
                    ascii: context.ascii), x: x, y: y,
                style: CellStyle(TimelineText.role(event.entry)), limit: inner.x + inner.width - x)
        }
    }

    /// `HH:mm` in UTC, the header clock's minutes.
    static func minuteClock(_ date: Date) -> String {
        String(clock(date).prefix(5))
    }

    /// `HH:mm:ss` in UTC.
    static func clock(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) % 86_400
        return [seconds / 3_600, seconds / 60 % 60, seconds % 60].map { NumberText.zeroPadded($0, width: 2) }.joined(
            separator: ":")
    }
}
