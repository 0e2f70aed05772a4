import DashboardModel

/// The words of what is wrong with a `:` command line, with the usage of the command concerned.
public enum CommandLineText {
    /// One line, e.g. `'size=3' is not NAME=NUMBER; usage: :scale GROUP [min=N] [max=N] [desired=N]`.
    public static func message(_ error: CommandLineError) -> String {
        switch error {
        case .empty:
            return "empty command; try :help"
        case let .unknownCommand(verb):
            return "unknown command '\(verb)'; commands: scale, prewarm, theme, region, filter, fault, help, quit"
        case let .usage(verb):
            return usage(verb)
        case let .notNameEqualsNumber(argument):
            return "'\(argument)' is not NAME=NUMBER; " + usage(.scale)
        case let .unknownLimit(name):
            return "unknown limit '\(name)'; " + usage(.scale)
        case let .limitNeedsNumber(field):
            return "'\(field.rawValue)' needs a number; " + usage(.prewarm)
        case let .givenTwice(word):
            return "'\(word)' is given twice; " + usage(.prewarm)
        case let .unexpected(word):
            return "unexpected '\(word)'; " + usage(.prewarm)
        case .noStartTime:
            return "no start time; " + usage(.prewarm)
        case .noLimit:
            return "give at least one of min, max, desired; " + usage(.prewarm)
        case .noTimeAfterUntil:
            return "no time after 'until'; " + usage(.prewarm)
        }
    }

    /// A command's usage, e.g. `usage: :theme NAME`.
    public static func usage(_ verb: CommandLineError.Verb) -> String {
        switch verb {
        case .theme: return "usage: :theme NAME"
        case .region: return "usage: :region REGION[,REGION...]"
        case .fault: return "usage: :fault KIND [ARGUMENT], e.g. :fault rds-failover"
        case .scale: return "usage: :scale GROUP [min=N] [max=N] [desired=N]"
        case .prewarm: return "usage: :prewarm GROUP min N [max M] [desired D] at TIME [until TIME]"
        }
    }
}
