/// How many colours the terminal can show, from none to 24-bit.
public enum ColorCapability: Int, Sendable, Hashable, Comparable, CaseIterable, CustomStringConvertible {
    /// No colour: attributes only.
    case none
    /// The 8 basic colours.
    case ansi8
    /// The 16 ANSI colours.
    case ansi16
    /// The xterm 256-colour palette.
    case indexed256
    /// Any 24-bit colour.
    case truecolor

    /// Orders by how many colours are available.
    public static func < (lhs: ColorCapability, rhs: ColorCapability) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The capability of a terminal that reports `count` colours (terminfo `colors`, ncurses `COLORS`).
    public init(colorCount count: Int) {
        switch count {
        case (1 << 24)...: self = .truecolor
        case 256...: self = .indexed256
        case 16...: self = .ansi16
        case 8...: self = .ansi8
        default: self = .none
        }
    }

    /// What the environment says the terminal can show.
    ///
    /// `NO_COLOR` (any non-empty value) means none, as no-color.org asks; so does `TERM=dumb`.
    /// `COLORTERM=truecolor` or `24bit` means 24-bit. Otherwise `terminalColors` (terminfo's count,
    /// when the caller has it) decides, and failing that the name in `TERM`.
    public static func detect(environment: [String: String], terminalColors: Int? = nil) -> ColorCapability {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        let term = (environment["TERM"] ?? "").lowercased()
        if term.isEmpty || term == "dumb" { return .none }
        let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
        if colorTerm == "truecolor" || colorTerm == "24bit" { return .truecolor }
        if let terminalColors { return ColorCapability(colorCount: terminalColors) }
        return fromName(term)
    }

    /// A guess from the terminal's name alone, for when terminfo is not at hand.
    static func fromName(_ term: String) -> ColorCapability {
        if term.hasSuffix("-direct") || term.contains("truecolor") || term.contains("24bit") { return .truecolor }
        if term.contains("256color") { return .indexed256 }
        if term.contains("16color") { return .ansi16 }
        if term.hasPrefix("vt") || term.hasSuffix("-m") || term.hasSuffix("-mono") { return .none }
        if term.hasPrefix("xterm") || term.hasPrefix("screen") || term.hasPrefix("tmux") || term.hasPrefix("rxvt") {
            return .ansi16
        }
        return .ansi8
    }

    /// `truecolor`, `256`, `16`, `8` or `none`.
    public var description: String {
        switch self {
        case .none: "none"
        case .ansi8: "8"
        case .ansi16: "16"
        case .indexed256: "256"
        case .truecolor: "truecolor"
        }
    }
}
