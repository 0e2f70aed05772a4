import AWSCore
import Foundation

/// Times a closure: a warm-up, then `runs` timed repetitions; reports the median and the minimum.
enum Measure {
    /// The median and minimum duration of `body` in milliseconds.
    static func milliseconds(runs: Int = 30, warmup: Int = 3, _ body: () -> Void) -> (median: Double, minimum: Double) {
        for _ in 0..<warmup { body() }
        let clock = ContinuousClock()
        var samples: [Double] = []
        for _ in 0..<runs {
            samples.append(milliseconds(clock.measure(body)))
        }
        return summary(samples)
    }

    /// The median and minimum duration of the asynchronous `body` in milliseconds.
    static func milliseconds(runs: Int, warmup: Int, _ body: () async -> Void) async -> (
        median: Double, minimum: Double
    ) {
        for _ in 0..<warmup { await body() }
        let clock = ContinuousClock()
        var samples: [Double] = []
        for _ in 0..<runs {
            let start = clock.now
            await body()
            samples.append(milliseconds(clock.now - start))
        }
        return summary(samples)
    }

    /// A duration in milliseconds.
    static func milliseconds(_ duration: Duration) -> Double {
        duration.inMilliseconds
    }

    /// The median and minimum of `samples` (which must not be empty).
    static func summary(_ samples: [Double]) -> (median: Double, minimum: Double) {
        let sorted = samples.sorted()
        return (sorted.isEmpty ? .nan : sorted[sorted.count / 2], sorted.first ?? .nan)
    }

    /// Prints one result line: name, value, unit, and the ratio against `baseline` (and `target` when given).
    static func report(
        _ name: String, _ value: Double, unit: String, baseline: (name: String, value: Double)? = nil,
        target: (Double, String)? = nil, command: String? = nil
    ) {
        var line = name.padding(toLength: max(name.count, 52), withPad: " ", startingAt: 0)
        line += " " + String(format: "%10.3f", value) + " " + unit
        if let baseline, baseline.value > 0 {
            line += "   " + String(format: "%.2f", value / baseline.value) + "x " + baseline.name
        }
        if let (limit, label) = target {
            line += "   target \(label) \(limit.formatted()) \(unit): " + (value <= limit ? "met" : "MISSED")
        }
        print(line)
        if let command { print("    $ \(command)") }
    }

    /// Which way a ratio target points.
    enum Bound {
        /// The ratio must be at most the limit.
        case atMost
        /// The ratio must be at least the limit.
        case atLeast
    }

    /// Prints a ratio of two figures of the same run with its target, met or MISSED.
    static func ratio(_ name: String, _ numerator: Double, _ denominator: Double, target limit: Double, _ bound: Bound)
    {
        let value = numerator / denominator
        let met = bound == .atMost ? value <= limit : value >= limit
        var line = name.padding(toLength: max(name.count, 52), withPad: " ", startingAt: 0)
        line += " " + String(format: "%10.2f", value) + " x"
        line +=
            "   target " + (bound == .atMost ? "≤ " : "≥ ") + limit.formatted() + ": "
            + (value.isFinite && met ? "met" : "MISSED")
        print(line)
    }
}
