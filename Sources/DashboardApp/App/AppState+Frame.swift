import DashboardModel
import DashboardRender
import Foundation

extension AppState {
    /// The screen for the state, `width` by `height`, drawn with `glyphs`, ages counted to `now`.
    public func frame(width: Int, height: Int, glyphs: GlyphSet, now: Date) -> CellBuffer {
        let context = RenderContext(
            header: header, view: interaction.view, glyphs: glyphs, now: now, hints: interaction.keyMap.hints,
            help: interaction.keyMap.help)
        return DashboardRenderer.render(dashboard, context: context, width: width, height: height)
    }
}
