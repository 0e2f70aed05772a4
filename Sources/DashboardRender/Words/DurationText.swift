import DashboardModel
import Foundation

/// Human durations: short (`42s`, `3m05s`, `2h10m`) and approximate (`~6 min`).
public enum DurationText {
    /// Renders `seconds` compactly, rounding down.
    public static func short(_ seconds: TimeInterval) -> String {
        let total = Int(max(0, seconds).rounded(.down))
        if total < 60 { return "\(total)s" }
        if total < 3_600 { return "\(total / 60)m\(NumberText.zeroPadded(total % 60, width: 2))s" }
        return "\(total / 3_600)h\(NumberText.zeroPadded(total / 60 % 60, width: 2))m"
    }

    /// A forecast's duration in whole minutes, rounded: `~6 min`, `<1 min`, `~2 h` past two hours.
    public static func approximate(_ seconds: TimeInterval) -> String {
        if seconds < 60 { return "<1 min" }
        let minutes = Int((seconds / 60).rounded())
        return minutes < 120 ? "~\(minutes) min" : "~\(minutes / 60) h"
    }
}
