import CNcurses
import DashboardRender

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The ncurses back end: starts and restores the terminal, reads keys, and paints cell buffers.
///
/// A thin shell over curses: decisions (key tables, colour ladder, pair allocation) live in pure
/// types it calls. Use it from one thread. The loop is: `start()`, then repeatedly `paint(buffer)`
/// of `size` and `nextKey(timeout:)`, and `stop()` at the end; the terminal is also restored on
/// SIGINT, SIGTERM, SIGHUP, a crash, or `exit` without `stop()`.
public final class TerminalUI {
    /// The options it was created with.
    public let options: TerminalOptions
    /// Notices for the user, such as a `TERM` fallback; show them in the UI.
    public private(set) var notices: [String] = []
    /// The colour capability in use, after detection and what curses can send.
    public private(set) var capability: ColorCapability = .none
    /// The terminal type in use (the fallback, if `TERM` was unknown).
    public private(set) var terminalType = ""

    /// The curses screen, while started.
    private var screen: OpaquePointer?
    /// The buffer painted last: the next paint sends only what differs from it.
    var painted: CellBuffer?
    /// The style mapping for the current theme and capability.
    var mapper: StyleMapper
    /// Curses colour pairs in use.
    var pairs = ColorPairAllocator(capacity: 1)
    /// Paint styles already worked out, by cell style.
    var paintStyles: [CellStyle: (attributes: attr_t, pair: Int32)] = [:]
    /// Curses key codes to keys.
    let decoder: KeyDecoder
    /// Ends an input wait early when another thread has something to draw.
    let wakePipe = WakePipe()

    /// Creates a back end; nothing happens to the terminal until `start()`.
    public init(options: TerminalOptions) {
        self.options = options
        mapper = StyleMapper(theme: options.theme, resolver: ColorResolver(capability: .none))
        decoder = KeyDecoder(
            codes: KeyCodes(
                up: KEY_UP, down: KEY_DOWN, left: KEY_LEFT, right: KEY_RIGHT, home: KEY_HOME, end: KEY_END,
                pageUp: KEY_PPAGE, pageDown: KEY_NPAGE, insert: KEY_IC, delete: KEY_DC, backspace: KEY_BACKSPACE,
                enter: KEY_ENTER, backTab: KEY_BTAB, function0: CNcurses_KEY_F(0), resize: CNcurses_KEY_RESIZE()))
    }

    /// Whether the terminal is in curses mode.
    public var isStarted: Bool { screen != nil }

    /// Takes over the terminal: locale, curses screen (with a `TERM` fallback), input modes, colours,
    /// and the restore handlers.
    public func start() throws(TerminalError) {
        guard screen == nil else { throw .alreadyStarted }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        setlocale(LC_ALL, "")
        TerminalRestore.saveShellMode(fd: STDIN_FILENO)
        let requested = options.environment["TERM"]
        let candidates = TerminalTypeFallback.candidates(for: requested)
        for name in candidates {
            if let opened = newterm(name, CNcurses_stdout(), CNcurses_stdin()) {
                screen = opened
                terminalType = name
                break
            }
        }
        guard let screen else { throw .noUsableTerminalType(candidates) }
        set_term(screen)
        if terminalType != requested {
            notices.append(TerminalTypeFallback.notice(requested: requested, used: terminalType))
        }
        if options.controlKeysAsInput { raw() } else { cbreak() }
        noecho()
        nonl()
        keypad(CNcurses_stdscr(), true)
        set_escdelay(Int32(options.escapeDelayMilliseconds))
        curs_set(0)
        setUpColors()
        if options.captureStandardError { TerminalRestore.captureStandardError() }
        TerminalRestore.arm(resetSequence: Self.resetSequence())
        painted = nil
    }

    /// Starts colour if the terminal has it, and works out the capability and the style mapping.
    private func setUpColors() {
        var defaultColors = true
        var colorCount = 0
        if has_colors() {
            start_color()
            defaultColors = use_default_colors() == CNcurses_OK()
            colorCount = Int(CNcurses_COLORS())
        }
        let detected =
            options.colorCapability
            ?? ColorCapability.detect(environment: options.environment, terminalColors: nil)
        capability = min(detected, ColorCapability(colorCount: colorCount))
        pairs = ColorPairAllocator(
            capacity: Int(CNcurses_COLOR_PAIRS()),
            pairZero: defaultColors ? .terminalDefault : ColorPairKey(foreground: 7, background: 0))
        mapper = StyleMapper(
            theme: options.theme, resolver: ColorResolver(capability: capability),
            directColor: colorCount >= 1 << 24, defaultColors: defaultColors)
        paintStyles = [:]
    }

    /// The bytes that undo curses mode, from terminfo: attributes off, cursor on, keypad off, main screen.
    private static func resetSequence() -> [UInt8] {
        var bytes: [UInt8] = []
        for name in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            guard let value = capability(name) else { continue }
            bytes += Array(String(cString: value).utf8)
        }
        if capability("rmcup") == nil { bytes += [13, 10] }
        return bytes
    }

    /// The terminal's string capability `name` from terminfo, nil when its entry has none.
    private static func capability(_ name: String) -> UnsafeMutablePointer<CChar>? {
        guard let value = tigetstr(name), value != CNcurses_CANCELLED_STRING() else { return nil }
        return value
    }

    /// The terminal's size now.
    public var size: TerminalSize {
        guard screen != nil else { return TerminalSize(width: 0, height: 0) }
        let window = CNcurses_stdscr()
        return TerminalSize(width: Int(CNcurses_getmaxx(window)), height: Int(CNcurses_getmaxy(window)))
    }

    /// Switches theme: pairs are reallocated and the next paint redraws everything.
    public func setTheme(_ theme: Theme) {
        mapper.theme = theme
        resetColors()
    }

    /// Drops the colour pairs and cached styles, and repaints in full next time.
    private func resetColors() {
        pairs.reset()
        paintStyles = [:]
        forceFullRepaint()
    }

    /// Makes the next paint clear the screen and send every cell (after a resize, or on Ctrl-L).
    public func forceFullRepaint() {
        painted = nil
        if screen != nil { clearok(CNcurses_stdscr(), true) }
    }

    /// Gives the terminal back to the shell; safe to call more than once.
    ///
    /// A terminal without an alternate screen (vt100, the Linux console) would keep the last frame
    /// under the shell's prompt, so it is cleared first.
    public func stop() {
        guard let screen else { return }
        TerminalRestore.disarm()
        curs_set(1)
        endwin()
        if Self.capability("rmcup") == nil, let clear = Self.capability("clear") {
            putp(clear)
            fflush(nil)
        }
        TerminalRestore.releaseStandardError()
        delscreen(screen)
        self.screen = nil
        painted = nil
    }

    /// Restores the terminal if the owner forgot to `stop()`.
    deinit {
        stop()
    }
}
