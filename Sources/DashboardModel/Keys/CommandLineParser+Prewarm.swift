extension CommandLineParser {
    /// Parses `:prewarm`'s arguments: limits as `NAME N` pairs, times as the words after `at` and `until`.
    static func parsePrewarm(_ arguments: [String]) -> Result<ColonCommand, CommandLineError> {
        guard let group = arguments.first else { return .failure(.usage(.prewarm)) }
        var command = PrewarmCommand(group: group, at: "")
        var words = arguments.dropFirst()[...]
        var times: [String: [String]] = [:]
        var timeKey: String?
        while let word = words.popFirst() {
            if let field = ScalingField(rawValue: word) {
                guard let text = words.popFirst(), let value = Int(text) else {
                    return .failure(.limitNeedsNumber(field))
                }
                switch field {
                case .min: command.min = value
                case .max: command.max = value
                case .desired: command.desired = value
                }
                timeKey = nil
                continue
            }
            switch word {
            case "at", "until":
                guard times[word] == nil else { return .failure(.givenTwice(word)) }
                times[word] = []
                timeKey = word
            default:
                guard let key = timeKey else { return .failure(.unexpected(word)) }
                times[key, default: []].append(word)
            }
        }
        guard let at = times["at"], !at.isEmpty else { return .failure(.noStartTime) }
        guard command.min != nil || command.max != nil || command.desired != nil else { return .failure(.noLimit) }
        if let until = times["until"], until.isEmpty { return .failure(.noTimeAfterUntil) }
        command.at = at.joined(separator: " ")
        command.until = times["until"].map { $0.joined(separator: " ") }
        return .success(.prewarm(command))
    }
}
