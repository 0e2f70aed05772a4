import DashboardModel
import DashboardRender

/// What the terminal sends the dashboard.
public enum ScreenInput: Sendable, Equatable {
    /// A key.
    case key(KeyPress)
    /// The terminal changed size.
    case resize(width: Int, height: Int)
    /// The terminal is gone (SIGHUP, SIGTERM): leave at once.
    case hangup
}

/// The terminal as the dashboard's loop sees it. The ncurses back end implements it; tests use a
/// scripted one. Every call comes from the loop's one thread.
public protocol Screen: AnyObject {
    /// Columns and rows now.
    var size: (width: Int, height: Int) { get }
    /// Paints `buffer`, sending only what changed since the last paint (everything after a resize).
    func paint(_ buffer: CellBuffer)
    /// Waits up to `milliseconds` for input; nil when none came, or when `wake()` ended the wait.
    func nextInput(milliseconds: Int) -> ScreenInput?
    /// Ends a `nextInput` wait early; called from any thread when something new waits to be drawn.
    func wake()
    /// Switches to the theme called `name`; returns an error message when it cannot.
    func setTheme(named name: String) -> String?
    /// The glyph set graphs and frames should use on this terminal.
    var glyphs: GlyphSet { get }
    /// Tells the operator of `alert`, a critical alert that just started, outside the screen's
    /// cells (the bell, a desktop notification), as configured; asked once per alert while it holds.
    func notify(_ alert: Alert)
}
