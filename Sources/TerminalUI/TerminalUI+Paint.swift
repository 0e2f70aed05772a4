import CNcurses
import DashboardRender

extension TerminalUI {
    /// Paints `buffer`: only the runs of cells that changed since the last paint, then one refresh.
    ///
    /// A buffer of another size than the last one (a resize) is painted in full on a cleared screen.
    public func paint(_ buffer: CellBuffer) {
        guard isStarted else { return }
        let window = CNcurses_stdscr()
        let runs = buffer.changes(since: painted)
        if painted?.width != buffer.width || painted?.height != buffer.height {
            werase(window)
        }
        for run in runs {
            let style = cursesStyle(for: run.style)
            var pair = style.pair
            wattr_set(window, style.attributes, Int16(truncatingIfNeeded: min(pair, Int32(Int16.max))), &pair)
            _ = mvwaddstr(window, Int32(run.y), Int32(run.x), run.text)
        }
        wattr_set(window, CNcurses_A_NORMAL(), 0, nil)
        wnoutrefresh(window)
        doupdate()
        painted = buffer
    }

    /// The curses attributes and pair for a cell style, defining the pair on first use.
    func cursesStyle(for style: CellStyle) -> (attributes: attr_t, pair: Int32) {
        if let known = paintStyles[style] { return known }
        let paint = mapper.paintStyle(for: style)
        var pair: Int32 = 0
        if capability != .none {
            switch pairs.pair(for: paint.colors) {
            case let .existing(number):
                pair = number
            case let .new(number):
                pair =
                    init_extended_pair(number, paint.colors.foreground, paint.colors.background) == CNcurses_OK()
                    ? number : 0
            case .unavailable:
                pair = 0
            }
        }
        let result = (attributes: Self.cursesAttributes(paint.attributes), pair: pair)
        paintStyles[style] = result
        return result
    }

    /// Curses attribute bits for `attributes`.
    static func cursesAttributes(_ attributes: TextAttributes) -> attr_t {
        var bits = CNcurses_A_NORMAL()
        if attributes.contains(.bold) { bits |= CNcurses_A_BOLD() }
        if attributes.contains(.dim) { bits |= CNcurses_A_DIM() }
        if attributes.contains(.underline) { bits |= CNcurses_A_UNDERLINE() }
        if attributes.contains(.reverse) { bits |= CNcurses_A_REVERSE() }
        return bits
    }
}
