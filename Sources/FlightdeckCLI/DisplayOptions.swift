import ArgumentParser

/// How the dashboard looks and what it may do.
struct DisplayOptions: ParsableArguments {
    /// The theme's name or a path to a theme file.
    @Option(help: "The theme: a name from `flightdeck themes`, or a path to a YAML file.")
    var theme: String = "default"

    /// Plain ASCII graphs and frames.
    @Flag(help: "Draw with plain ASCII (automatic when the locale is not UTF-8).")
    var ascii = false

    /// No mutating key or command.
    @Flag(help: "Remove every key and command that could change a resource.")
    var readOnly = false

    /// Ctrl-C quits at once instead of asking.
    @Flag(help: "Let Ctrl-C quit at once instead of asking first.")
    var noConfirmQuit = false

    /// Poll intervals.
    @Option(help: "Seconds between Auto Scaling polls.")
    var refresh: Double = 5
}
