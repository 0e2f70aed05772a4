import ArgumentParser
import DashboardModel

/// How the dashboard looks and what it may do.
struct DisplayOptions: ParsableArguments {
    /// The theme's name or a path to a theme file; nil when not given (the stack's, else `default`).
    @Option(help: "The theme: a name from `flightdeck themes`, or a path to a YAML file (default: default).")
    var theme: String?

    /// Plain ASCII graphs and frames.
    @Flag(help: "Draw with plain ASCII (automatic when the locale is not UTF-8).")
    var ascii = false

    /// No mutating key or command.
    @Flag(help: "Remove every key and command that could change a resource.")
    var readOnly = false

    /// Ctrl-C quits at once instead of asking.
    @Flag(help: "Let Ctrl-C quit at once instead of asking first.")
    var noConfirmQuit = false

    /// What a new critical alert sends; nil when not given (the stack's, else `bell`; the demo's `none`).
    @Option(
        help: ArgumentHelp(
            "What a new critical alert sends: the bell, a desktop notification through the terminal (osc), both, or none (default: bell; demo: none).",
            valueName: "mode"))
    var notify: NotificationMode?

    /// Seconds between Auto Scaling polls; nil when not given (the stack's, else 5).
    @Option(help: "Seconds between Auto Scaling polls (default: 5).")
    var refresh: Double?

    /// Rejects an interval that is not positive.
    func validate() throws {
        guard (refresh ?? 1) > 0 else { throw ValidationError("--refresh must be above 0") }
    }
}

extension NotificationMode: ExpressibleByArgument {}
