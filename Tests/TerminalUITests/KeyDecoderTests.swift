import TerminalUI
import Testing

/// What curses returns, decoded into keys: control characters, UTF-8, key codes, resize.
@Suite struct KeyDecoderTests {
    let decoder = KeyDecoder()
    let size = TerminalSize(width: 80, height: 24)

    func key(_ value: UInt32) -> Key? { decoder.decode(.character(value), size: size) }
    func code(_ value: Int32) -> Key? { decoder.decode(.code(value), size: size) }

    @Test func controlCharacters() {
        #expect(key(9) == .tab)
        #expect(key(10) == .enter && key(13) == .enter)
        #expect(key(27) == .escape)
        #expect(key(127) == .backspace && key(8) == .backspace)
        #expect(key(3) == .ctrlC)
        #expect(key(1) == .control("a") && key(26) == .control("z") && key(12) == .control("l"))
        #expect(key(0) == .control("@") && key(28) == .control("\\") && key(31) == .control("_"))
        #expect(key(0x85) == nil)
    }

    @Test func printableAndUTF8Characters() {
        #expect(key(UInt32(UInt8(ascii: "q"))) == .character("q"))
        #expect(key(UInt32(UInt8(ascii: " "))) == .character(" "))
        #expect(key(0xE9) == .character("é"))
        #expect(key(0x65E5) == .character("日"))
        #expect(key(0x1F680) == .character("🚀"))
    }

    @Test func keyCodes() {
        let codes = KeyCodes.standard
        #expect(code(codes.up) == .up && code(codes.down) == .down)
        #expect(code(codes.left) == .left && code(codes.right) == .right)
        #expect(code(codes.home) == .home && code(codes.end) == .end)
        #expect(code(codes.pageUp) == .pageUp && code(codes.pageDown) == .pageDown)
        #expect(code(codes.insert) == .insert && code(codes.delete) == .delete)
        #expect(code(codes.backspace) == .backspace && code(codes.enter) == .enter)
        #expect(code(codes.backTab) == .backTab)
        #expect(code(codes.function0 + 1) == .function(1) && code(codes.function0 + 12) == .function(12))
        #expect(code(codes.function0) == nil)
        #expect(code(codes.resize) == .resize(TerminalSize(width: 80, height: 24)))
        #expect(code(0o631) == nil) // KEY_MOUSE: not used
    }

    @Test func ncursesValues() {
        // The values in ncurses.h (octal), which the back end also reads from the header itself.
        #expect(KeyCodes.standard.up == 259 && KeyCodes.standard.down == 258 && KeyCodes.standard.backTab == 353)
        #expect(KeyCodes.standard.function0 == 264 && KeyCodes.standard.resize == 410)
    }

    @Test func names() {
        #expect(Key.ctrlC.description == "ctrl-c")
        #expect(Key.backTab.description == "shift-tab")
        #expect(Key.function(5).description == "f5")
        #expect(Key.character(" ").description == "space")
        #expect(Key.resize(TerminalSize(width: 80, height: 24)).description == "resize 80x24")
    }
}
