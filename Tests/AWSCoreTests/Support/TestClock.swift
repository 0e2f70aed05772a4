import Foundation

/// A clock that moves only when a test advances it.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    /// Starts at `start`.
    init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) {
        current = start
    }

    /// The current time.
    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// Moves the clock forward.
    func advance(_ seconds: TimeInterval) {
        lock.lock()
        current += seconds
        lock.unlock()
    }

    /// A closure reading this clock, for `AWSEnvironment.now`.
    var closure: @Sendable () -> Date { { self.now } }
}
