/// A key the operator pressed, as the model understands it (the terminal back end decodes into this).
public enum KeyPress: Sendable, Hashable, CustomStringConvertible {
    /// A printable character.
    case character(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Enter or Return.
    case enter
    /// Escape.
    case escape
    /// Backspace or Delete-left.
    case backspace
    /// Ctrl-C.
    case interrupt

    /// How the key is written in help: `q`, `Tab`, `↑`.
    public var description: String {
        switch self {
        case let .character(character): return String(character)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .interrupt: return "Ctrl-C"
        }
    }
}
