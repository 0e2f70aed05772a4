/// A key press (or a resize) as the dashboard sees it, whatever bytes the terminal sent.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    /// A printable character, UTF-8 decoded (`q`, `+`, `é`, `日`).
    case character(Character)
    /// Control plus a letter or one of `@[\]^_`, lower case (`.control("c")` is Ctrl-C in raw mode).
    case control(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Home.
    case home
    /// End.
    case end
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// Insert.
    case insert
    /// Delete (forward).
    case delete
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Enter or Return.
    case enter
    /// Escape, alone.
    case escape
    /// Backspace (whichever byte the terminal sends for it).
    case backspace
    /// A function key, F1 = 1.
    case function(Int)
    /// The terminal was resized to this size.
    case resize(TerminalSize)

    /// Ctrl-C, which arrives as a key when the terminal is in raw mode.
    public static let ctrlC = Key.control("c")

    /// A short name for help bars and logs: `q`, `ctrl-c`, `up`, `shift-tab`, `f5`, `resize 80x24`.
    public var description: String {
        switch self {
        case let .character(character): character == " " ? "space" : String(character)
        case let .control(character): "ctrl-\(character)"
        case .up: "up"
        case .down: "down"
        case .left: "left"
        case .right: "right"
        case .home: "home"
        case .end: "end"
        case .pageUp: "page-up"
        case .pageDown: "page-down"
        case .insert: "insert"
        case .delete: "delete"
        case .tab: "tab"
        case .backTab: "shift-tab"
        case .enter: "enter"
        case .escape: "escape"
        case .backspace: "backspace"
        case let .function(number): "f\(number)"
        case let .resize(size): "resize \(size)"
        }
    }
}

/// The terminal's size in cells.
public struct TerminalSize: Hashable, Sendable, CustomStringConvertible {
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int

    /// Creates a size.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// `WxH`.
    public var description: String { "\(width)x\(height)" }
}
