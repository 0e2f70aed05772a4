import CNcurses

extension TerminalUI {
    /// Waits up to `timeout` (nil: forever, zero: not at all) for a key; nil when none came.
    ///
    /// A resize arrives as `.resize(newSize)`, and the next paint redraws the whole screen.
    public func nextKey(timeout: Duration?) -> Key? {
        guard isStarted else { return nil }
        let window = CNcurses_stdscr()
        wtimeout(window, timeout.map { Self.milliseconds($0) } ?? -1)
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        let raw: RawKey
        switch status {
        case CNcurses_OK(): raw = .character(UInt32(value))
        case CNcurses_KEY_CODE_YES(): raw = .code(Int32(truncatingIfNeeded: value))
        default: return nil
        }
        let key = decoder.decode(raw, size: size)
        if case .resize = key { forceFullRepaint() }
        return key
    }

    /// `duration` in whole milliseconds, within curses's `Int32`, rounded up so a short wait still waits.
    static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        guard seconds >= 0 else { return 0 }
        let total = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: total)
    }
}
