import CNcurses

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension TerminalUI {
    /// Waits up to `timeout` (nil: forever, zero: not at all) for a key; nil when none came, or when
    /// `wake()` ended the wait early.
    ///
    /// A resize arrives as `.resize(newSize)`, and the next paint redraws the whole screen.
    public func nextKey(timeout: Duration?) -> Key? {
        guard isStarted else { return nil }
        // What curses already holds comes first; otherwise wait for the terminal, a wake-up or the
        // time, whichever comes first (a resize signal interrupts the wait too), and read again.
        if let key = readKey() { return key }
        let milliseconds = timeout.map { Self.milliseconds($0) } ?? -1
        guard milliseconds != 0 else { return nil }
        var watched = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wakePipe.readEnd, events: Int16(POLLIN), revents: 0)
        ]
        _ = poll(&watched, nfds_t(watched.count), milliseconds)
        if watched[1].revents & Int16(POLLIN) != 0 { wakePipe.drain() }
        return readKey()
    }

    /// Ends a `nextKey` wait now, from any thread: new data is waiting to be drawn.
    public func wake() {
        wakePipe.wake()
    }

    /// The key curses has now, without waiting for one.
    private func readKey() -> Key? {
        let window = CNcurses_stdscr()
        wtimeout(window, 0)
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
