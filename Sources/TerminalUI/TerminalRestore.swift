import CNcurses

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Puts the terminal back the way the shell had it, from anywhere: a normal stop, a signal, a crash.
///
/// The signal path uses only async-signal-safe calls (`write`, `tcsetattr`, `sigaction`, `raise`)
/// on memory prepared before any handler is installed: the shell's `termios` and the terminal's own
/// reset sequence (`sgr0`, `cnorm`, `rmkx`, `rmcup` from terminfo). After restoring, SIGINT, SIGTERM
/// and SIGHUP are re-raised with their default action, so the process ends as the sender expects;
/// crash signals (SIGSEGV, SIGILL, SIGBUS, SIGFPE, SIGABRT, SIGTRAP) get their previous handler back
/// (the Swift runtime's backtracer) and the fault happens again there.
enum TerminalRestore {
    /// Signals that end the process, restored then re-raised with the default action.
    static let terminating: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    /// Crash signals, restored then passed on to the previous handler.
    static let crashing: [Int32] = [SIGSEGV, SIGILL, SIGBUS, SIGFPE, SIGABRT, SIGTRAP]

    /// What the handler needs, in memory that is never moved or freed.
    struct State {
        /// Whether the terminal is in curses mode and needs restoring (0 or 1).
        var active: sig_atomic_t = 0
        /// The shell's terminal settings, taken before curses started.
        var shellMode = termios()
        /// Whether `shellMode` was read (stdin is a terminal).
        var hasShellMode: sig_atomic_t = 0
        /// Bytes of `sequence` in use.
        var sequenceLength = 0
        /// Whether the handlers are installed.
        var installed = false
        /// Whether `atexit` was registered.
        var registeredAtExit = false
        /// A duplicate of the real standard error while it is redirected, else -1.
        var savedStandardError: Int32 = -1
        /// The (unlinked) file that holds standard error while curses owns the screen, else -1.
        var capturedStandardError: Int32 = -1
    }

    /// The state; allocated on first use, which `saveShellMode` makes happen before any handler exists.
    nonisolated(unsafe) static let state: UnsafeMutablePointer<State> = {
        let pointer = UnsafeMutablePointer<State>.allocate(capacity: 1)
        pointer.initialize(to: State())
        return pointer
    }()

    /// The reset sequence's bytes.
    nonisolated(unsafe) static let sequence: UnsafeMutablePointer<UInt8> = .allocate(capacity: sequenceCapacity)
    /// Room for the reset sequence.
    static let sequenceCapacity = 512

    /// The previous action of every signal, by number.
    nonisolated(unsafe) static let previous: UnsafeMutablePointer<sigaction> = {
        let pointer = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
        pointer.initialize(repeating: sigaction(), count: 65)
        return pointer
    }()

    /// Saves the shell's settings of `fd` (call before curses changes them).
    static func saveShellMode(fd: Int32) {
        _ = state
        state.pointee.hasShellMode = tcgetattr(fd, &state.pointee.shellMode) == 0 ? 1 : 0
    }

    /// Signals that must reach the UI thread: the handled ones, plus the resize and job-control
    /// signals that curses itself catches.
    static var unblocked: [Int32] { terminating + crashing + [SIGWINCH, SIGTSTP, SIGCONT] }

    /// Unblocks `unblocked` on the calling thread.
    ///
    /// A program started from a thread that blocks signals (a Dispatch or Swift-concurrency worker,
    /// or a parent that blocked them) inherits that mask; curses would then never see a resize, and
    /// SIGTERM or SIGHUP would stay pending instead of restoring the terminal.
    static func unblockSignals() {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in unblocked { sigaddset(&set, signal) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Stores the reset sequence and marks the terminal active; then installs handlers and `atexit`.
    static func arm(resetSequence: [UInt8]) {
        _ = previous
        let count = min(resetSequence.count, sequenceCapacity)
        for index in 0..<count { sequence[index] = resetSequence[index] }
        state.pointee.sequenceLength = count
        state.pointee.active = 1
        if !state.pointee.registeredAtExit {
            state.pointee.registeredAtExit = true
            atexit { TerminalRestore.restoreAtExit() }
        }
        unblockSignals()
        guard !state.pointee.installed else { return }
        state.pointee.installed = true
        for signal in terminating + crashing {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { TerminalRestore.handle(signal: $0) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, previous + Int(signal))
        }
    }

    /// Marks the terminal restored and gives every signal its previous action back.
    static func disarm() {
        state.pointee.active = 0
        guard state.pointee.installed else { return }
        state.pointee.installed = false
        for signal in terminating + crashing {
            sigaction(signal, previous + Int(signal), nil)
        }
    }

    /// At exit (a `fatalError`-free error path, `exit()` from anywhere): `endwin` if still active.
    static func restoreAtExit() {
        guard state.pointee.active != 0 else { return }
        state.pointee.active = 0
        endwin()
        releaseStandardError()
    }

    /// The signal handler: async-signal-safe calls only.
    static func handle(signal: Int32) {
        let state = TerminalRestore.state
        if state.pointee.active != 0 {
            state.pointee.active = 0
            _ = write(STDOUT_FILENO, sequence, state.pointee.sequenceLength)
            if state.pointee.hasShellMode != 0 {
                _ = tcsetattr(STDIN_FILENO, TCSANOW, &state.pointee.shellMode)
            }
        }
        releaseStandardError()
        if signal == SIGINT || signal == SIGTERM || signal == SIGHUP || signal == SIGQUIT {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = SIG_DFL
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
            raise(signal)
        } else {
            sigaction(signal, previous + Int(signal), nil)
            if signal == SIGABRT { raise(signal) }
        }
    }
}
