/// A command typed after `:`.
public enum ColonCommand: Sendable, Equatable {
    /// `:scale GROUP min=N max=N desired=N` (any of the three).
    case scale(ScalingRequest)
    /// `:theme NAME`.
    case theme(String)
    /// `:region NAME[,NAME]` to watch other regions.
    case regions([String])
    /// `:filter TEXT` (empty clears it).
    case filter(String)
    /// `:q` or `:quit`.
    case quit
    /// `:help`.
    case help
    /// `:fault KIND [ARGUMENT]` (the demo only).
    case fault(FaultRequest)
    /// `:prewarm GROUP min N [max M] [desired D] at TIME [until TIME]`.
    case prewarm(PrewarmCommand)
}

/// Parses the `:` command line into a command, or what is wrong with it.
public enum CommandLineParser {
    /// The parsed command, or what is wrong with the line.
    public static func parse(_ line: String) -> Result<ColonCommand, CommandLineError> {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let verb = words.first else { return .failure(.empty) }
        let arguments = Array(words.dropFirst())
        switch verb {
        case "q", "quit": return .success(.quit)
        case "help", "h": return .success(.help)
        case "theme":
            guard arguments.count == 1 else { return .failure(.usage(.theme)) }
            return .success(.theme(arguments[0]))
        case "region", "regions":
            let regions = arguments.flatMap { $0.split(separator: ",").map(String.init) }
            guard !regions.isEmpty else { return .failure(.usage(.region)) }
            return .success(.regions(regions))
        case "filter":
            return .success(.filter(arguments.joined(separator: " ")))
        case "fault":
            guard !arguments.isEmpty else { return .failure(.usage(.fault)) }
            let argument = arguments.dropFirst().joined(separator: " ")
            return .success(.fault(FaultRequest(kind: arguments[0], argument: argument.isEmpty ? nil : argument)))
        case "scale":
            return parseScale(arguments)
        case "prewarm":
            return parsePrewarm(arguments)
        default:
            return .failure(.unknownCommand(verb))
        }
    }

    private static func parseScale(_ arguments: [String]) -> Result<ColonCommand, CommandLineError> {
        guard let group = arguments.first, !group.contains("=") else { return .failure(.usage(.scale)) }
        var request = ScalingRequest(group: group)
        for argument in arguments.dropFirst() {
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let value = Int(parts[1]) else {
                return .failure(.notNameEqualsNumber(argument))
            }
            switch parts[0] {
            case "min": request.min = value
            case "max": request.max = value
            case "desired": request.desired = value
            default: return .failure(.unknownLimit(parts[0]))
            }
        }
        guard !request.isEmpty else { return .failure(.usage(.scale)) }
        return .success(.scale(request))
    }
}
