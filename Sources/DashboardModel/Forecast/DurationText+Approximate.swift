import Foundation

extension DurationText {
    /// A forecast's duration in whole minutes, rounded: `~6 min`, `<1 min`, `~2 h` past two hours.
    public static func approximate(_ seconds: TimeInterval) -> String {
        if seconds < 60 { return "<1 min" }
        let minutes = Int((seconds / 60).rounded())
        return minutes < 120 ? "~\(minutes) min" : "~\(minutes / 60) h"
    }
}
