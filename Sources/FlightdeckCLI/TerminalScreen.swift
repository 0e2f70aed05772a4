import DashboardApp
import DashboardModel
import DashboardRender
import Foundation
import TerminalUI

/// The ncurses terminal as the dashboard loop's `Screen`.
final class TerminalScreen: Screen {
    private let terminal: TerminalUI
    private let catalog: ThemeCatalog
    /// The glyph set chosen for this terminal and locale.
    let glyphs: GlyphSet
    /// What a new critical alert sends.
    private let mode: NotificationMode
    /// The desktop notification's title, e.g. `Flightdeck production`.
    private let title: String
    /// tmux or GNU screen between the dashboard and the operator's terminal, if any.
    private let multiplexer: TerminalNotification.Multiplexer

    /// Wraps a started terminal; `notify` and `title` say what a new critical alert sends, and
    /// `environment` whether it runs inside tmux or GNU screen.
    init(
        terminal: TerminalUI, catalog: ThemeCatalog, glyphs: GlyphSet, notify: NotificationMode = .none,
        title: String = "Flightdeck", environment: [String: String] = [:]
    ) {
        self.terminal = terminal
        self.catalog = catalog
        self.glyphs = glyphs
        mode = notify
        self.title = title
        multiplexer = TerminalNotification.Multiplexer(environment: environment)
    }

    /// The terminal's size.
    var size: (width: Int, height: Int) {
        let size = terminal.size
        return (size.width, size.height)
    }

    /// Paints the changes since the last frame.
    func paint(_ buffer: CellBuffer) {
        terminal.paint(buffer)
    }

    /// The next key or resize, waiting at most `milliseconds`.
    func nextInput(milliseconds: Int) -> ScreenInput? {
        guard let key = terminal.nextKey(timeout: .milliseconds(milliseconds)) else { return nil }
        if case let .resize(size) = key { return .resize(width: size.width, height: size.height) }
        return Self.keyPress(key).map(ScreenInput.key)
    }

    /// Ends the wait for a key: a poll answered and its data waits to be drawn.
    func wake() {
        terminal.wake()
    }

    /// Rings the bell and/or sends a desktop notification of `alert`, as the mode says.
    func notify(_ alert: Alert) {
        guard mode != .none else { return }
        terminal.notify(
            TerminalNotification(
                bell: mode.ringsBell, desktop: mode.sendsDesktopNotification, title: title,
                body: AlertText.line(alert), multiplexer: multiplexer))
    }

    /// Loads and applies the theme called `name`; the error when it cannot be loaded.
    func setTheme(named name: String) -> String? {
        let load = catalog.load(name)
        if let error = load.error { return String(describing: error) }
        terminal.setTheme(load.theme)
        return nil
    }

    /// The model's key for a terminal key; nil for keys the dashboard does not use.
    static func keyPress(_ key: Key) -> KeyPress? {
        switch key {
        case let .character(character): return .character(character)
        case .control("c"): return .interrupt
        case .up: return .up
        case .down: return .down
        case .left: return .left
        case .right: return .right
        case .tab: return .tab
        case .backTab: return .backTab
        case .enter: return .enter
        case .escape: return .escape
        case .backspace, .delete: return .backspace
        default: return nil
        }
    }
}
