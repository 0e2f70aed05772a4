import Foundation

/// When a rising group's desired capacity reaches its maximum, at the ramp of its recent history.
public struct CeilingForecast: Sendable, Equatable, Codable {
    /// Seconds until desired reaches max at this ramp.
    public var ceilingInSeconds: Double
    /// The maximum it reaches.
    public var max: Int
    /// Desired capacity at the first sample of the fit.
    public var fromDesired: Int
    /// Desired capacity now.
    public var toDesired: Int
    /// Seconds the fit spans.
    public var overSeconds: Double
    /// How many samples the fit used.
    public var points: Int

    /// Creates a forecast from its figures.
    public init(ceilingInSeconds: Double, max: Int, fromDesired: Int, toDesired: Int, overSeconds: Double, points: Int)
    {
        self.ceilingInSeconds = ceilingInSeconds
        self.max = max
        self.fromDesired = fromDesired
        self.toDesired = toDesired
        self.overSeconds = overSeconds
        self.points = points
    }

    /// The most recent history the ramp is fitted to.
    public static let window: TimeInterval = 600
    /// The fewest samples a forecast is made from.
    public static let minimumPoints = 3

    /// The forecast from `samples` of desired capacity (oldest first) up to `now`; nil with fewer than
    /// three samples in the window, at or above `max`, or when the fitted ramp is not rising.
    public static func make(samples: [Sample], desired: Int, max: Int, now: Date) -> CeilingForecast? {
        let recent = samples.filter { now.timeIntervalSince($0.time) <= window }
        guard recent.count >= minimumPoints, desired < max, let first = recent.first, let last = recent.last else {
            return nil
        }
        let xs = recent.map { $0.time.timeIntervalSince(first.time) }
        let meanX = xs.reduce(0, +) / Double(xs.count)
        let meanY = recent.map(\.value).reduce(0, +) / Double(recent.count)
        var covariance = 0.0
        var variance = 0.0
        for (x, sample) in zip(xs, recent) {
            covariance += (x - meanX) * (sample.value - meanY)
            variance += (x - meanX) * (x - meanX)
        }
        guard variance > 0 else { return nil }
        let slope = covariance / variance
        guard slope > 0, last.value > first.value else { return nil }
        return CeilingForecast(
            ceilingInSeconds: Double(max - desired) / slope, max: max, fromDesired: Int(first.value),
            toDesired: desired, overSeconds: last.time.timeIntervalSince(first.time), points: recent.count)
    }
}
