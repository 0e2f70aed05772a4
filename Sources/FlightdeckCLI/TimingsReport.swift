import AWSCore

/// The words of `snapshot --timings`: the whole time, and the chain of calls that set it.
enum TimingsReport {
    /// The report for `records`, the command having taken `total` so far.
    static func text(_ records: [CallRecord], total: Duration) -> String {
        let chain = CallRecorder.chain(records)
        var lines = [
            "flightdeck: snapshot took \(milliseconds(total)) ms, \(records.count) request\(records.count == 1 ? "" : "s");"
                + " the chain of calls that set it:"
        ]
        var previousEnd = Duration.zero
        for record in chain {
            if record.started - previousEnd >= .milliseconds(1) {
                lines.append(
                    "  \(column(previousEnd)) → \(column(record.started))  "
                        + (previousEnd == .zero
                            ? "start-up (credentials, region, wiring)"
                            : "between calls (decoding, or a call off the chain)"))
            }
            lines.append(
                "  \(column(record.started)) → \(column(record.ended))  \(record.service) \(record.operation)"
                    + " (\(milliseconds(record.ended - record.started)) ms)")
            previousEnd = record.ended
        }
        if total - previousEnd >= .milliseconds(1) {
            lines.append("  \(column(previousEnd)) → \(column(total))  model, rendering and output")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A time since the start as `+ 123 ms`, right-aligned.
    private static func column(_ duration: Duration) -> String {
        let text = String(milliseconds(duration))
        return "+" + String(repeating: " ", count: max(0, 6 - text.count)) + text + " ms"
    }

    /// Whole milliseconds, rounded.
    private static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.inMilliseconds.rounded())
    }
}
