/// What a key does on the dashboard (outside prompts and dialogs).
public enum KeyAction: String, Sendable, Hashable, CaseIterable {
    /// Focus the next panel.
    case focusNext
    /// Focus the previous panel.
    case focusPrevious
    /// Select the row above.
    case moveUp
    /// Select the row below.
    case moveDown
    /// Focus the panel to the left (in Tab order).
    case moveLeft
    /// Focus the panel to the right (in Tab order).
    case moveRight
    /// Zoom the focused panel, or back.
    case zoom
    /// Leave the zoom (nothing when not zoomed).
    case leaveZoom
    /// Poll everything now.
    case refresh
    /// Pause or resume polling.
    case pause
    /// Filter resources by name.
    case filter
    /// Open the `:` command line.
    case commandLine
    /// Show the error log.
    case errorLog
    /// List every alert with when it started.
    case alerts
    /// Show the key help.
    case help
    /// Quit.
    case quit
    /// Quit after confirming (Ctrl-C).
    case interrupt
    /// Desired capacity plus one (or the count typed before it).
    case increaseDesired
    /// Desired capacity minus one (or the count typed before it).
    case decreaseDesired
    /// Prompt for a new desired capacity.
    case setDesired
    /// Prompt for a new minimum.
    case setMin
    /// Prompt for a new maximum.
    case setMax
    /// Open the fault menu (the demo only).
    case faultMenu
    /// Delete one of the zoomed group's scheduled actions.
    case deleteScheduledAction
}

/// One binding: the keys, the action, its help text, and whether it changes AWS resources.
public struct KeyBinding: Sendable, Equatable {
    /// The keys that trigger it.
    public var keys: [KeyPress]
    /// What it does.
    public var action: KeyAction
    /// The help text.
    public var label: String
    /// Whether it leads to a mutating AWS call; read-only mode removes every such binding.
    public var dangerous: Bool

    /// Creates a binding.
    public init(_ keys: [KeyPress], _ action: KeyAction, _ label: String, dangerous: Bool = false) {
        self.keys = keys
        self.action = action
        self.label = label
        self.dangerous = dangerous
    }
}

/// The live key map: data, so help is built from it and read-only mode can remove what is dangerous.
public struct KeyMap: Sendable, Equatable {
    /// The bindings, in help order.
    public private(set) var bindings: [KeyBinding]

    /// Creates a key map from bindings; with `readOnly` every dangerous binding is dropped.
    public init(bindings: [KeyBinding], readOnly: Bool) {
        self.bindings = readOnly ? bindings.filter { !$0.dangerous } : bindings
    }

    /// The standard map; `confirmInterrupt` makes Ctrl-C ask before quitting; `demo` adds the fault menu.
    public static func standard(readOnly: Bool, confirmInterrupt: Bool = true, demo: Bool = false) -> KeyMap {
        KeyMap(
            bindings: [
                KeyBinding([.tab], .focusNext, "next panel"),
                KeyBinding([.backTab], .focusPrevious, "previous panel"),
                KeyBinding([.up, .character("k")], .moveUp, "select up"),
                KeyBinding([.down, .character("j")], .moveDown, "select down"),
                KeyBinding([.left, .character("h")], .moveLeft, "panel left"),
                KeyBinding([.right, .character("l")], .moveRight, "panel right"),
                KeyBinding([.enter], .zoom, "zoom panel"),
                KeyBinding([.escape], .leaveZoom, "leave zoom"),
                KeyBinding([.character("+")], .increaseDesired, "desired +1 (count prefix: 5+)", dangerous: true),
                KeyBinding([.character("-")], .decreaseDesired, "desired -1 (count prefix: 5-)", dangerous: true),
                KeyBinding([.character("d")], .setDesired, "set desired", dangerous: true),
                KeyBinding([.character("m")], .setMin, "set min", dangerous: true),
                KeyBinding([.character("M")], .setMax, "set max", dangerous: true),
                KeyBinding([.character("x")], .deleteScheduledAction, "delete schedule", dangerous: true),
                KeyBinding([.character("r")], .refresh, "refresh now"),
                KeyBinding([.character("p")], .pause, "pause polling"),
                KeyBinding([.character("/")], .filter, "filter"),
                KeyBinding([.character(":")], .commandLine, "command"),
                KeyBinding([.character("e")], .errorLog, "error log"),
                KeyBinding([.character("a")], .alerts, "list alerts"),
                KeyBinding([.character("?")], .help, "help"),
                KeyBinding([.character("q")], .quit, "quit"),
                KeyBinding(
                    [.interrupt], confirmInterrupt ? .interrupt : .quit, confirmInterrupt ? "quit (asks first)" : "quit"
                )
            ] + (demo ? [KeyBinding([.character("F")], .faultMenu, "fault menu (demo)")] : []), readOnly: readOnly)
    }

    /// The action bound to `key`, if any.
    public func action(for key: KeyPress) -> KeyAction? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// Whether any binding can change AWS resources.
    public var hasDangerousBindings: Bool { bindings.contains(where: \.dangerous) }

    /// The help lines: keys joined with `/`, and the label.
    public var help: [(key: String, label: String)] {
        bindings.map { (key: $0.keys.map(\.description).joined(separator: "/"), label: $0.label) }
    }

    /// The short hints for the bottom bar.
    public var hints: [(key: String, label: String)] {
        let shown: [(KeyAction, String, String)] = [
            (.focusNext, "Tab", "panel"), (.moveDown, "↑↓", "select"), (.increaseDesired, "+/-", "desired"),
            (.setDesired, "d/m/M", "set"), (.refresh, "r", "refresh"), (.pause, "p", "pause"), (.filter, "/", "filter"),
            (.commandLine, ":", "command"), (.errorLog, "e", "errors"), (.faultMenu, "F", "faults"),
            (.help, "?", "help"),
            (.quit, "q", "quit")
        ]
        return shown.filter { item in bindings.contains { $0.action == item.0 } }.map { (key: $0.1, label: $0.2) }
    }
}
