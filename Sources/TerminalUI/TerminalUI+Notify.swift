import CNcurses

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension TerminalUI {
    /// Sends `notification`: the bell through curses, then the desktop notification's bytes raw.
    ///
    /// Curses has no capability for OSC 9 or OSC 777, so their bytes go straight to standard output
    /// (the terminal curses writes to), after curses has flushed what it holds. They draw nothing
    /// and move no cursor, so the screen curses believes in stays true.
    public func notify(_ notification: TerminalNotification) {
        guard isStarted else { return }
        if notification.bell { beep() }
        guard !notification.sequences.isEmpty else { return }
        fflush(CNcurses_stdout())
        notification.sequences.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let written = write(STDOUT_FILENO, base + offset, raw.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }
}
