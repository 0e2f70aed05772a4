import FlightdeckPlatform

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension TerminalRestore {
    /// The most of the captured standard error shown after restoring: its last 64 KiB.
    static let replayLimit = 64 * 1024

    /// A buffer for copying the captured text, allocated before any handler can need it.
    nonisolated(unsafe) static let copyBuffer: UnsafeMutableRawPointer = .allocate(byteCount: 4096, alignment: 8)

    /// Sends standard error to an unlinked temporary file while curses owns the screen.
    ///
    /// Whatever is written to stderr meanwhile (a log line, Swift's "Fatal error: ..." just before a
    /// crash) would land in the middle of the dashboard and then vanish with the alternate screen;
    /// it is shown instead right after the terminal is restored, by `releaseStandardError`.
    static func captureStandardError() {
        _ = copyBuffer
        guard state.pointee.savedStandardError < 0 else { return }
        let folder = Platform.temporaryDirectory.path
        var template = Array("\(folder)/flightdeck-stderr-XXXXXX".utf8CString)
        let file = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard file >= 0 else { return }
        template.withUnsafeBufferPointer { buffer in
            if let path = buffer.baseAddress { unlink(path) }
        }
        let saved = dup(STDERR_FILENO)
        guard saved >= 0, dup2(file, STDERR_FILENO) >= 0 else {
            close(file)
            if saved >= 0 { close(saved) }
            return
        }
        state.pointee.savedStandardError = saved
        state.pointee.capturedStandardError = file
    }

    /// Puts standard error back and writes out what was captured (async-signal-safe).
    static func releaseStandardError() {
        let saved = state.pointee.savedStandardError
        let file = state.pointee.capturedStandardError
        guard saved >= 0, file >= 0 else { return }
        state.pointee.savedStandardError = -1
        state.pointee.capturedStandardError = -1
        _ = dup2(saved, STDERR_FILENO)
        close(saved)
        let size = lseek(file, 0, SEEK_END)
        let limit = off_t(replayLimit)
        _ = lseek(file, size > limit ? size - limit : 0, SEEK_SET)
        while true {
            let count = read(file, copyBuffer, 4096)
            if count <= 0 { break }
            var written = 0
            while written < count {
                let result = write(STDERR_FILENO, copyBuffer + written, count - written)
                if result <= 0 { break }
                written += result
            }
            if written < count { break }
        }
        close(file)
    }
}
