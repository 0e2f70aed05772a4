extension CommandLineParser {
    /// The usage of `:prewarm`.
    static let prewarmUsage = "usage: :prewarm GROUP min N [max M] [desired D] at TIME [until TIME]"

    /// Parses `:prewarm`'s arguments: limits as `NAME N` pairs, times as the words after `at` and `until`.
    static func parsePrewarm(_ arguments: [String]) -> Result<ColonCommand, CommandLineError> {
        guard let group = arguments.first else { return .failure(CommandLineError(prewarmUsage)) }
        var command = PrewarmCommand(group: group, at: "")
        var words = arguments.dropFirst()[...]
        var times: [String: [String]] = [:]
        var timeKey: String?
        while let word = words.popFirst() {
            switch word {
            case "min", "max", "desired":
                guard let text = words.popFirst(), let value = Int(text) else {
                    return .failure(CommandLineError("'\(word)' needs a number; \(prewarmUsage)"))
                }
                switch word {
                case "min": command.min = value
                case "max": command.max = value
                default: command.desired = value
                }
                timeKey = nil
            case "at", "until":
                guard times[word] == nil else {
                    return .failure(CommandLineError("'\(word)' is given twice; \(prewarmUsage)"))
                }
                times[word] = []
                timeKey = word
            default:
                guard let key = timeKey else {
                    return .failure(CommandLineError("unexpected '\(word)'; \(prewarmUsage)"))
                }
                times[key, default: []].append(word)
            }
        }
        guard let at = times["at"], !at.isEmpty else {
            return .failure(CommandLineError("no start time; \(prewarmUsage)"))
        }
        guard command.min != nil || command.max != nil || command.desired != nil else {
            return .failure(CommandLineError("give at least one of min, max, desired; \(prewarmUsage)"))
        }
        if let until = times["until"], until.isEmpty {
            return .failure(CommandLineError("no time after 'until'; \(prewarmUsage)"))
        }
        command.at = at.joined(separator: " ")
        command.until = times["until"].map { $0.joined(separator: " ") }
        return .success(.prewarm(command))
    }
}
