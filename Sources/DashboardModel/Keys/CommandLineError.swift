/// What is wrong with a `:` command line; `DashboardRender` words it, with the usage of the command it concerns.
public enum CommandLineError: Error, Sendable, Equatable {
    /// The commands whose usage an error can point to.
    public enum Verb: Sendable, Equatable {
        /// `:theme NAME`.
        case theme
        /// `:region REGION[,REGION...]`.
        case region
        /// `:fault KIND [ARGUMENT]`.
        case fault
        /// `:scale GROUP [min=N] [max=N] [desired=N]`.
        case scale
        /// `:prewarm GROUP min N [max M] [desired D] at TIME [until TIME]`.
        case prewarm
    }

    /// Nothing was typed.
    case empty
    /// No command has this name.
    case unknownCommand(String)
    /// The command's arguments are missing or have another shape than it takes.
    case usage(Verb)
    /// A `:scale` argument, as typed, that is not `NAME=NUMBER`.
    case notNameEqualsNumber(String)
    /// A `:scale` limit, as typed, other than min, max and desired.
    case unknownLimit(String)
    /// A `:prewarm` limit not followed by a whole number.
    case limitNeedsNumber(ScalingField)
    /// `at` or `until`, as typed, appears twice in `:prewarm`.
    case givenTwice(String)
    /// A `:prewarm` word, as typed, that is no limit and follows no `at` or `until`.
    case unexpected(String)
    /// `:prewarm` without `at TIME`.
    case noStartTime
    /// `:prewarm` without min, max or desired.
    case noLimit
    /// `:prewarm … until` with no time after it.
    case noTimeAfterUntil
}
