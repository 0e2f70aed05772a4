import DashboardRender

/// How the terminal back end starts.
public struct TerminalOptions: Sendable {
    /// The theme to draw with.
    public var theme: Theme
    /// The environment the terminal is judged by (`TERM`, `COLORTERM`, `NO_COLOR`, locale).
    public var environment: [String: String]
    /// Forces a colour capability (tests, `--colors`); nil to detect it.
    public var colorCapability: ColorCapability?
    /// Raw mode: Ctrl-C (and Ctrl-Z, Ctrl-\) arrive as keys instead of signals.
    public var controlKeysAsInput: Bool
    /// How long to wait after Escape for the rest of a key sequence, in milliseconds.
    public var escapeDelayMilliseconds: Int
    /// Holds what is written to stderr while the UI runs, and prints it after the terminal is restored.
    public var captureStandardError: Bool

    /// Creates options.
    public init(
        theme: Theme = .standard, environment: [String: String], colorCapability: ColorCapability? = nil,
        controlKeysAsInput: Bool = false, escapeDelayMilliseconds: Int = 25, captureStandardError: Bool = true
    ) {
        self.theme = theme
        self.environment = environment
        self.colorCapability = colorCapability
        self.controlKeysAsInput = controlKeysAsInput
        self.escapeDelayMilliseconds = escapeDelayMilliseconds
        self.captureStandardError = captureStandardError
    }
}

/// Why the terminal could not be started.
public enum TerminalError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Standard input or output is not a terminal.
    case notATerminal
    /// No terminal type could be set up, not even the fallbacks.
    case noUsableTerminalType([String])
    /// `start` was called twice.
    case alreadyStarted

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .notATerminal: "flightdeck: standard input and output must be a terminal"
        case let .noUsableTerminalType(tried):
            "flightdeck: no usable terminal type (tried \(tried.joined(separator: ", ")))"
        case .alreadyStarted: "flightdeck: the terminal is already started"
        }
    }
}
