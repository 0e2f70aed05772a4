import DashboardModel

/// Draws a panel's frame with the age of its data, or its stale mark and reason.
enum PanelFrame {
    /// Draws the frame of `panel` and returns the inner rectangle.
    static func draw(
        _ panel: PanelID, state: DashboardState, context: RenderContext, into buffer: inout CellBuffer,
        rect: Rect, title: String? = nil, note: FrameNote? = nil
    ) -> Rect {
        let source = panel.source
        var status = ""
        var role = StyleRole.muted
        if panel == .events {
            status = "\(state.timeline.count) events"
        } else if let staleness = state.staleness(source, at: context.now) {
            status = StalenessText.frame(staleness)
            role = .warning
        } else if let age = state.age(source, at: context.now) {
            status = DurationText.short(age) + (state.scheduler.isPolling(source) ? " ⟳" : "")
            if context.ascii { status = status.replacingOccurrences(of: " ⟳", with: " *") }
        } else {
            status = state.scheduler.isPolling(source) ? "loading" : "waiting"
        }
        let focused = context.view.focus == panel
        let maxStatus = max(0, rect.width - CharacterWidth.of(title ?? panel.title) - 8)
        return Frame.draw(
            into: &buffer, rect, title: title ?? panel.title, status: Text.fit(status, maxStatus, ascii: context.ascii),
            statusRole: role, note: note, focused: focused, glyphs: context.glyphs)
    }

    /// Says why a panel shows no `noun`: its first answer has not come, the filter hides them all, or
    /// there are none (a region the account does not use).
    static func nothing(
        _ noun: String, in scope: String = "this region", loaded: Bool, waitingFor call: String, view: ViewState,
        into buffer: inout CellBuffer, inner: Rect
    ) {
        let message =
            !loaded
            ? "waiting for \(call)…"
            : view.filter.isEmpty ? "no \(noun) in \(scope)" : "no \(noun) matches \"\(view.filter)\""
        empty(message, into: &buffer, inner: inner)
    }

    /// Draws a placeholder line when a panel has nothing to show yet.
    static func empty(_ message: String, into buffer: inout CellBuffer, inner: Rect) {
        buffer.write(message, x: inner.x + 1, y: inner.y, style: CellStyle(.muted), limit: inner.width - 1)
    }
}
