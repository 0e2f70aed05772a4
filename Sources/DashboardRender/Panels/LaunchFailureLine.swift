import DashboardModel

/// The words of a group's failing launches, made from the typed tallies: longest first, so a
/// narrow line drops words, never a number.
enum LaunchFailureLine {
    /// Variants of `launches failing in us-east-1c: no m5.large capacity (4 in 10 min)`, longest first;
    /// empty when nothing failed.
    static func variants(_ tallies: [LaunchFailureTally], indent: String = "    ") -> [String] {
        guard let top = tallies.first else { return [] }
        let minutes = Int(DashboardState.launchFailureWindow / 60)
        let more = tallies.count > 1 ? "; +\(tallies.count - 1) more" : ""
        let zone = top.zone.map { " in \($0)" } ?? ""
        let shortPhrase = top.cause == .capacity ? "no capacity" : top.phrase
        let counted = "(\(top.count) in \(minutes) min)"
        var list = [
            "launches failing\(zone): \(top.phrase) \(counted)\(more)",
            "launches failing\(zone): \(top.phrase) \(counted)",
            "launches failing\(zone): \(shortPhrase) \(counted)",
            "failing\(zone): \(shortPhrase) \(counted)"
        ]
        if let name = top.zone {
            list += ["\(name): \(shortPhrase), \(top.count) failed", "\(name) \(top.count) failed"]
        }
        list += ["\(top.count) launches failed", "\(top.count) failed"]
        return list.map { indent + $0 }
    }

    /// The flag for a one-line group: `FAILING 4`.
    static func flag(_ tallies: [LaunchFailureTally]) -> String? {
        let count = tallies.map(\.count).reduce(0, +)
        return count > 0 ? "  FAILING \(count)" : nil
    }
}
