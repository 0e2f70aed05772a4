import Foundation

/// Times a closure: a warm-up, then `runs` timed repetitions; reports the median and the minimum.
enum Measure {
    /// The median and minimum duration of `body` in milliseconds.
    static func milliseconds(runs: Int = 30, warmup: Int = 3, _ body: () -> Void) -> (median: Double, minimum: Double) {
        for _ in 0..<warmup { body() }
        let clock = ContinuousClock()
        var samples: [Double] = []
        for _ in 0..<runs {
            let elapsed = clock.measure(body)
            samples.append(Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        samples.sort()
        return (samples[samples.count / 2], samples[0])
    }

    /// Prints one result line: name, value, unit, and the ratio against `baseline` (and `target` when given).
    static func report(_ name: String, _ value: Double, unit: String, baseline: (name: String, value: Double)? = nil,
                       target: (Double, String)? = nil) {
        var line = name.padding(toLength: max(name.count, 52), withPad: " ", startingAt: 0)
        line += " " + String(format: "%10.3f", value) + " " + unit
        if let baseline, baseline.value > 0 {
            line += "   " + String(format: "%.2f", value / baseline.value) + "x " + baseline.name
        }
        if let (limit, label) = target {
            line += "   target \(label) \(limit.formatted()) \(unit): " + (value <= limit ? "met" : "MISSED")
        }
        print(line)
    }
}
