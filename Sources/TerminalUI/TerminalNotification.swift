/// What tells the operator of an alert through the terminal: the bell, and the bytes of a desktop
/// notification (OSC 9 and OSC 777), wrapped for tmux or GNU screen when the dashboard runs inside one.
///
/// Built by a pure function; `TerminalUI.notify(_:)` sends it. The text is stripped of control
/// characters and `;` (OSC 777's separator) and kept short.
public struct TerminalNotification: Sendable, Equatable {
    /// The terminal multiplexer between the dashboard and the operator's terminal.
    public enum Multiplexer: Sendable, Equatable {
        /// None: the sequences go to the terminal as they are.
        case none
        /// tmux (`TMUX` set): each sequence in a passthrough `ESC P tmux; ... ESC \` with its ESCs doubled.
        case tmux
        /// GNU screen (`STY` set or `TERM` starting with `screen`, outside tmux): each in `ESC P ... ESC \`.
        case screen

        /// The multiplexer `environment` says the dashboard runs in.
        public init(environment: [String: String]) {
            if let tmux = environment["TMUX"], !tmux.isEmpty {
                self = .tmux
            } else if let sty = environment["STY"], !sty.isEmpty {
                self = .screen
            } else if environment["TERM"]?.hasPrefix("screen") == true {
                self = .screen
            } else {
                self = .none
            }
        }
    }

    /// Whether the bell rings (sent by curses, as the terminal's `bel`, or a flash without one).
    public var bell: Bool
    /// The desktop notification's bytes, wrapped for the multiplexer; empty when none is sent.
    public var sequences: [UInt8]

    /// The most characters of a title.
    public static let titleLimit = 40
    /// The most characters of a body.
    public static let bodyLimit = 160

    /// Everything sent, in order: BEL (0x07) when the bell rings, then the sequences.
    public var bytes: [UInt8] { (bell ? [Self.bel] : []) + sequences }

    /// Whether nothing is sent.
    public var isEmpty: Bool { !bell && sequences.isEmpty }

    /// The bell when `bell`, and a desktop notification of `title` and `body` wrapped for
    /// `multiplexer` when `desktop`.
    public init(bell: Bool, desktop: Bool, title: String, body: String, multiplexer: Multiplexer) {
        self.bell = bell
        guard desktop else {
            sequences = []
            return
        }
        let title = Self.clean(title, limit: Self.titleLimit)
        let body = Self.clean(body, limit: Self.bodyLimit)
        let osc9 = Self.osc("9;\(title): \(body)")
        let osc777 = Self.osc("777;notify;\(title);\(body)")
        sequences = Self.wrap(osc9, for: multiplexer) + Self.wrap(osc777, for: multiplexer)
    }

    /// BEL, which also ends each OSC sequence here.
    static let bel: UInt8 = 0x07
    /// ESC.
    static let escape: UInt8 = 0x1B

    /// `ESC ] text BEL`.
    static func osc(_ text: String) -> [UInt8] {
        [escape, UInt8(ascii: "]")] + Array(text.utf8) + [bel]
    }

    /// `sequence` as `multiplexer` passes it on to the terminal outside it.
    static func wrap(_ sequence: [UInt8], for multiplexer: Multiplexer) -> [UInt8] {
        let stringTerminator = [escape, UInt8(ascii: "\\")]
        switch multiplexer {
        case .none:
            return sequence
        case .tmux:
            let doubled = sequence.flatMap { $0 == escape ? [escape, escape] : [$0] }
            return [escape, UInt8(ascii: "P")] + Array("tmux;".utf8) + doubled + stringTerminator
        case .screen:
            return [escape, UInt8(ascii: "P")] + sequence + stringTerminator
        }
    }

    /// `text` without control characters (C0, DEL, C1) or `;`, blanks collapsed, cut to `limit`
    /// characters with `…`.
    static func clean(_ text: String, limit: Int) -> String {
        var words: [String] = []
        var word = ""
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isControl = value < 0x20 || (0x7F...0x9F).contains(value)
            if isControl || scalar == " " || scalar == ";" {
                if scalar == ";" { word += "," }
                if !word.isEmpty { words.append(word) }
                word = ""
            } else {
                word.unicodeScalars.append(scalar)
            }
        }
        if !word.isEmpty { words.append(word) }
        let joined = words.joined(separator: " ")
        guard joined.count > limit else { return joined }
        return String(joined.prefix(max(0, limit - 1))) + "…"
    }
}
