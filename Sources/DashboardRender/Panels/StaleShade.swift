import DashboardModel

/// Draws a stale panel's values in the `stale` role, so numbers kept from the last good poll do not
/// look live; the frame keeps its `STALE <age>: <reason>` title.
enum StaleShade {
    /// Whether `panel`'s data is stale at the context's time (the timeline never is).
    static func isStale(_ panel: PanelID, state: DashboardState, context: RenderContext) -> Bool {
        panel != .events && state.staleness(panel.source, at: context.now) != nil
    }

    /// Restyles the inside of `rect` (the panel's frame excluded) when `panel` is stale; the selected
    /// row keeps its look so the operator still sees where they are.
    static func apply(
        _ panel: PanelID, state: DashboardState, context: RenderContext, into buffer: inout CellBuffer, rect: Rect
    ) {
        guard isStale(panel, state: state, context: context) else { return }
        let inner = rect.inset(1)
        for y in inner.y..<(inner.y + inner.height) {
            for x in inner.x..<(inner.x + inner.width) {
                var cell = buffer[x, y]
                guard cell.style.role != .selection else { continue }
                cell.style = CellStyle(.stale)
                buffer.set(x, y, cell)
            }
        }
    }
}
