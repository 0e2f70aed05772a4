// A test-only program: draws a known screen through TerminalUI and reacts to keys, so the tmux tests
// can check painting, input, resize and restoration on a real terminal.
//
// terminal-probe [--theme NAME] [--ascii] [--raw] [--pid-file PATH]
//   q quits (then prints a line after the terminal is restored); ! crashes on purpose; x calls
//   exit(3) without stopping the terminal (atexit restores it).

import DashboardRender
import Foundation
import TerminalUI

/// The probe's command-line options.
struct ProbeOptions {
    /// The theme to load.
    var theme = "default"
    /// Whether `--ascii` was given.
    var ascii = false
    /// Whether control keys come as keys (`--raw`).
    var raw = false
    /// Where to write the process id, for the signal tests.
    var pidFile: String?

    /// Reads the options from `arguments` (the program name excluded).
    init(_ arguments: [String]) {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--theme": theme = rest.popFirst() ?? theme
            case "--ascii": ascii = true
            case "--raw": raw = true
            case "--pid-file": pidFile = rest.popFirst()
            default: FileHandle.standardError.write(Data("terminal-probe: unknown argument \(argument)\n".utf8))
            }
        }
    }
}

/// What the probe shows, and how it draws it.
struct ProbeScreen {
    /// The theme's name and any error loading it.
    var themeLine: String
    /// The glyphs in use.
    var glyphs: GlyphSet
    /// The last key, by name.
    var lastKey = "none"
    /// The status line: ready, or the last resize.
    var status = "ready"

    /// Draws the probe's screen at `size`.
    func draw(size: TerminalSize, terminal: TerminalUI) -> CellBuffer {
        var buffer = CellBuffer(width: size.width, height: size.height)
        buffer.fill(Rect(x: 0, y: 0, width: size.width, height: 1), style: CellStyle(.header))
        buffer.write(" FLIGHTDECK PROBE \(size)", x: 0, y: 0, style: CellStyle(.header))
        buffer.write(
            "\(themeLine)  colours: \(terminal.capability)  glyphs: \(glyphs.rawValue)  term: \(terminal.terminalType)",
            x: 1, y: 2)
        var x = 1
        for role in StyleRole.allCases {
            x = buffer.write(role.rawValue, x: x, y: 3, style: CellStyle(role)) + 1
        }
        let box = glyphs.box
        let frame = Rect(x: 1, y: 5, width: 34, height: 4)
        for column in frame.x..<(frame.x + frame.width) {
            buffer.write(String(box.horizontal), x: column, y: frame.y, style: CellStyle(.border))
            buffer.write(String(box.horizontal), x: column, y: frame.y + frame.height - 1, style: CellStyle(.border))
        }
        for row in frame.y..<(frame.y + frame.height) {
            buffer.write(String(box.vertical), x: frame.x, y: row, style: CellStyle(.border))
            buffer.write(String(box.vertical), x: frame.x + frame.width - 1, y: row, style: CellStyle(.border))
        }
        buffer.write(String(box.topLeft), x: frame.x, y: frame.y, style: CellStyle(.border))
        buffer.write(String(box.topRight), x: frame.x + frame.width - 1, y: frame.y, style: CellStyle(.border))
        buffer.write(String(box.bottomLeft), x: frame.x, y: frame.y + frame.height - 1, style: CellStyle(.border))
        buffer.write(
            String(box.bottomRight), x: frame.x + frame.width - 1, y: frame.y + frame.height - 1,
            style: CellStyle(.border))
        buffer.write(" panel ", x: frame.x + 2, y: frame.y, style: CellStyle(.title))
        let levels = (0...16).map { glyphs.spark(Double($0) / 16) }
        buffer.write("spark " + String(levels), x: frame.x + 2, y: frame.y + 1, style: CellStyle(.graphNeutral))
        buffer.write("selected row", x: frame.x + 2, y: frame.y + 2, style: CellStyle(.selection))
        buffer.write("wide: 日本語 done", x: 1, y: 10)
        buffer.write("last key: \(lastKey)", x: 1, y: 11, style: CellStyle(.accent))
        buffer.write("status: \(status)", x: 1, y: 12)
        for (offset, notice) in terminal.notices.enumerated() {
            buffer.write(notice, x: 1, y: 13 + offset, style: CellStyle(.warning))
        }
        buffer.write("press q to quit", x: 1, y: size.height - 1, style: CellStyle(.muted))
        return buffer
    }
}

/// The command line.
let options = ProbeOptions(Array(CommandLine.arguments.dropFirst()))
/// The environment the terminal is judged by.
let environment = ProcessInfo.processInfo.environment
/// The theme asked for, or the default and why.
let load = ThemeCatalog().load(options.theme)
/// The back end under test.
let terminal = TerminalUI(
    options: TerminalOptions(theme: load.theme, environment: environment, controlKeysAsInput: options.raw))
do {
    try terminal.start()
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
}
FileHandle.standardError.write(Data("probe: a line on stderr while drawing\n".utf8))
if let pidFile = options.pidFile {
    try? "\(getpid())\n".write(toFile: pidFile, atomically: true, encoding: .utf8)
}
/// What is on screen.
var screen = ProbeScreen(
    themeLine: "theme: \(load.theme.name)" + (load.error.map { " (\($0))" } ?? ""),
    glyphs: GlyphSet.select(environment: environment, forceASCII: options.ascii))
terminal.paint(screen.draw(size: terminal.size, terminal: terminal))
loop: while true {
    guard let key = terminal.nextKey(timeout: .milliseconds(500)) else { continue }
    switch key {
    case .character("q"):
        break loop
    case .character("!"):
        fatalError("terminal-probe: crash requested")
    case .character("x"):
        exit(3)
    case let .resize(size):
        screen.status = "re-laid out for \(size)"
    default:
        screen.lastKey = key.description
    }
    terminal.paint(screen.draw(size: terminal.size, terminal: terminal))
}
terminal.stop()
print("probe: terminal restored after q")
