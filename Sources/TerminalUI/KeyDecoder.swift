/// What one `wget_wch` call returned: a character, or a key code (`KEY_CODE_YES`).
public enum RawKey: Hashable, Sendable {
    /// A character code (UCS-4, already decoded from UTF-8 by ncursesw).
    case character(UInt32)
    /// A curses key code such as `KEY_UP`.
    case code(Int32)
}

/// The curses key codes the decoder recognises; `standard` holds ncurses's values.
public struct KeyCodes: Hashable, Sendable {
    /// `KEY_UP`.
    public var up: Int32 = 0o403
    /// `KEY_DOWN`.
    public var down: Int32 = 0o402
    /// `KEY_LEFT`.
    public var left: Int32 = 0o404
    /// `KEY_RIGHT`.
    public var right: Int32 = 0o405
    /// `KEY_HOME`.
    public var home: Int32 = 0o406
    /// `KEY_END`.
    public var end: Int32 = 0o550
    /// `KEY_PPAGE`.
    public var pageUp: Int32 = 0o523
    /// `KEY_NPAGE`.
    public var pageDown: Int32 = 0o522
    /// `KEY_IC`.
    public var insert: Int32 = 0o513
    /// `KEY_DC`.
    public var delete: Int32 = 0o512
    /// `KEY_BACKSPACE`.
    public var backspace: Int32 = 0o407
    /// `KEY_ENTER` (keypad Enter).
    public var enter: Int32 = 0o527
    /// `KEY_BTAB`.
    public var backTab: Int32 = 0o541
    /// `KEY_F0`; F*n* is `KEY_F0 + n`.
    public var function0: Int32 = 0o410
    /// `KEY_RESIZE`.
    public var resize: Int32 = 0o632

    /// ncurses's values.
    public static let standard = KeyCodes()
}

/// Turns what curses returns into `Key`s: a pure table, so every mapping is tested without a terminal.
public struct KeyDecoder: Sendable {
    /// The key codes of the curses library in use.
    public var codes: KeyCodes
    /// Key codes mapped to keys (everything but function keys and resize).
    private let table: [Int32: Key]

    /// Creates a decoder for `codes`.
    public init(codes: KeyCodes = .standard) {
        self.codes = codes
        table = [
            codes.up: .up, codes.down: .down, codes.left: .left, codes.right: .right,
            codes.home: .home, codes.end: .end, codes.pageUp: .pageUp, codes.pageDown: .pageDown,
            codes.insert: .insert, codes.delete: .delete, codes.backspace: .backspace,
            codes.enter: .enter, codes.backTab: .backTab
        ]
    }

    /// The key for `raw`; `size` is the terminal's size now, reported with a resize.
    /// Nil for codes the dashboard has no use for (mouse events, unknown keys).
    public func decode(_ raw: RawKey, size: TerminalSize) -> Key? {
        switch raw {
        case let .character(value):
            return character(value)
        case let .code(code):
            if code == codes.resize { return .resize(size) }
            if let key = table[code] { return key }
            let function = Int(code) - Int(codes.function0)
            return (1...63).contains(function) ? .function(function) : nil
        }
    }

    /// A character code: control characters get their names, the rest are characters.
    private func character(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 0: return .control("@")
        case 1...26: return Unicode.Scalar(value + 96).map { .control(Character($0)) }
        case 28...31: return Unicode.Scalar(value + 64).map { .control(Character($0)) }
        case 0x80..<0xA0: return nil
        default: return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }
}
