import Foundation

/// One timestamped sample of a numeric series.
public struct Sample: Sendable, Equatable, Codable {
    /// When it was measured.
    public var time: Date
    /// The value.
    public var value: Double

    /// Creates a sample.
    public init(time: Date, value: Double) {
        self.time = time
        self.value = value
    }
}

/// Names a numeric series, e.g. the in-service count of one group.
public struct SeriesKey: Sendable, Hashable, Codable, CustomStringConvertible {
    /// What is measured, e.g. `asg.inService`.
    public var metric: String
    /// Which resource, e.g. the group's name.
    public var resource: String

    /// Creates a key.
    public init(_ metric: String, _ resource: String) {
        self.metric = metric
        self.resource = resource
    }

    /// `metric[resource]`.
    public var description: String { "\(metric)[\(resource)]" }
}

/// The history of every numeric series, each in its own ring buffer, for sparklines.
public struct SeriesStore: Sendable, Equatable {
    /// Samples kept per series.
    public let capacity: Int
    private var series: [SeriesKey: RingBuffer<Sample>] = [:]

    /// Creates a store keeping `capacity` samples per series (default: 30 minutes at one every 5 s).
    public init(capacity: Int = 360) {
        self.capacity = capacity
    }

    /// Records `value` for `key` at `time`; a sample at the same time replaces the previous one.
    public mutating func record(_ key: SeriesKey, _ value: Double, at time: Date) {
        var buffer = series[key] ?? RingBuffer(capacity: capacity)
        if let last = buffer.last, last.time == time {
            var items = buffer.elements
            items[items.count - 1] = Sample(time: time, value: value)
            buffer = RingBuffer(capacity: capacity)
            for item in items { buffer.append(item) }
        } else {
            buffer.append(Sample(time: time, value: value))
        }
        series[key] = buffer
    }

    /// The samples of `key`, oldest first.
    public func samples(_ key: SeriesKey) -> [Sample] {
        series[key]?.elements ?? []
    }

    /// The values of `key`, oldest first.
    public func values(_ key: SeriesKey) -> [Double] {
        samples(key).map(\.value)
    }

    /// Every key recorded.
    public var keys: [SeriesKey] { Array(series.keys) }
}
