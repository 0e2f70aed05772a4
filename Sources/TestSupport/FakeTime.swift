import FlightdeckPlatform
import Foundation

/// A clock that moves only when slept on or advanced, and records every sleep.
public final class FakeTime: @unchecked Sendable {
    /// Guards the mutable state below.
    private let lock = NSLock()
    private var current: Date
    private var recordedSleeps: [Duration] = []

    /// Starts at `start`.
    public init(start: Date = Date(timeIntervalSince1970: 1_764_000_000)) {
        self.current = start
    }

    /// The current fake time.
    public var now: Date {
        lock.withLock { current }
    }

    /// Every sleep requested, in order.
    public var sleeps: [Duration] {
        lock.withLock { recordedSleeps }
    }

    /// Moves the clock by `seconds`.
    public func advance(_ seconds: TimeInterval) {
        lock.withLock { current = current.addingTimeInterval(seconds) }
    }

    /// A clock closure for `AWSClient`.
    public var clock: Platform.Clock {
        { [self] in now }
    }

    /// A sleep closure for `AWSClient` that returns at once and advances the clock.
    public var sleep: @Sendable (Duration) async throws -> Void {
        { [self] duration in
            lock.withLock {
                recordedSleeps.append(duration)
                let parts = duration.components
                current = current.addingTimeInterval(Double(parts.seconds) + Double(parts.attoseconds) / 1e18)
            }
        }
    }
}

/// A random source that returns scripted values in turn, then repeats the last.
public final class ScriptedRandom: @unchecked Sendable {
    /// Guards the mutable state below.
    private let lock = NSLock()
    private var values: [Double]

    /// Returns `values` in order.
    public init(_ values: [Double]) {
        self.values = values
    }

    /// A random closure for `AWSClient`.
    public var next: @Sendable () -> Double {
        { [self] in
            lock.withLock { values.count > 1 ? values.removeFirst() : (values.first ?? 0.5) }
        }
    }
}
