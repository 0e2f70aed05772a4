import Foundation

/// Decides which sources to poll when: each on its own interval, never two polls of one source at
/// once, slower after failures (throttling most of all) and back to normal as polls succeed.
///
/// Pure: it reads no clock; every call takes the time.
public struct PollScheduler: Sendable, Equatable {
    /// The scheduling state of one source.
    public struct Entry: Sendable, Equatable {
        /// The configured interval.
        public var baseInterval: Double
        /// The interval in force now (longer while backing off).
        public var currentInterval: Double
        /// When the next poll is due.
        public var nextDue: Date
        /// Whether a poll is running.
        public var inFlight: Bool
        /// Failed polls in a row.
        public var consecutiveFailures: Int
    }

    /// How far backing off may stretch an interval: this many times the base, and at most `maxInterval`.
    public static let maxBackoffFactor = 16.0
    /// The longest interval backing off reaches, in seconds (the configured one may be longer).
    public static let maxInterval = 300.0

    /// The entries, by source.
    public private(set) var entries: [DataSource: Entry]

    /// Schedules every source in `intervals`, all due at `start`.
    public init(intervals: [DataSource: Double], start: Date) {
        entries = intervals.mapValues { interval in
            let base = Swift.max(1, interval)
            return Entry(
                baseInterval: base, currentInterval: base, nextDue: start, inFlight: false, consecutiveFailures: 0)
        }
    }

    /// The sources due at `now`, marked in flight; sources still polling are never returned.
    public mutating func takeDue(at now: Date) -> [DataSource] {
        take { _, entry in entry.nextDue <= now }
    }

    /// Every source not already polling, except `excluded`, marked in flight (the operator asked for a refresh).
    public mutating func takeAll(except excluded: Set<DataSource> = []) -> [DataSource] {
        take { source, _ in !excluded.contains(source) }
    }

    /// `source`, marked in flight, unless it is already polling.
    public mutating func take(_ source: DataSource) -> [DataSource] {
        guard var entry = entries[source], !entry.inFlight else { return [] }
        entry.inFlight = true
        entries[source] = entry
        return [source]
    }

    /// Records the end of a poll of `source`: success brings the interval back towards the base;
    /// failure stretches it, twice as fast for throttling.
    public mutating func finish(_ source: DataSource, failure: SourceFailure.Kind?, at now: Date) {
        guard var entry = entries[source] else { return }
        entry.inFlight = false
        let ceiling = Swift.max(
            entry.baseInterval, Swift.min(entry.baseInterval * Self.maxBackoffFactor, Self.maxInterval))
        switch failure {
        case nil:
            entry.consecutiveFailures = 0
            entry.currentInterval = Swift.max(entry.baseInterval, entry.currentInterval / 2)
        case .throttled?:
            entry.consecutiveFailures += 1
            entry.currentInterval = Swift.min(ceiling, entry.currentInterval * 4)
        case .accessDenied?:
            // A policy is not fixed in seconds: ask again at the slowest interval, never at once.
            entry.consecutiveFailures += 1
            entry.currentInterval = ceiling
        case .some:
            entry.consecutiveFailures += 1
            entry.currentInterval = Swift.min(ceiling, entry.currentInterval * 2)
        }
        entry.nextDue = now.addingTimeInterval(entry.currentInterval)
        entries[source] = entry
    }

    /// The earliest time any idle source is due, for the shell's timer.
    public var nextWake: Date? {
        entries.values.filter { !$0.inFlight }.map(\.nextDue).min()
    }

    /// The interval in force for `source`.
    public func interval(_ source: DataSource) -> Double? { entries[source]?.currentInterval }

    /// Whether `source` is being polled now.
    public func isPolling(_ source: DataSource) -> Bool { entries[source]?.inFlight ?? false }

    private mutating func take(where condition: (DataSource, Entry) -> Bool) -> [DataSource] {
        var taken: [DataSource] = []
        for source in DataSource.allCases {
            guard var entry = entries[source], !entry.inFlight, condition(source, entry) else { continue }
            entry.inFlight = true
            entries[source] = entry
            taken.append(source)
        }
        return taken
    }
}
