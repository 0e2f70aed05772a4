import DashboardRender
import Testing

/// Graph glyphs degrade braille → blocks → ASCII; `--ascii` and non-UTF-8 locales force ASCII.
@Suite struct GlyphSetTests {
    @Test func localeDecidesUnicode() {
        #expect(TerminalLocale.isUTF8(environment: ["LANG": "en_US.UTF-8"]))
        #expect(TerminalLocale.isUTF8(environment: ["LANG": "C.utf8"]))
        #expect(TerminalLocale.isUTF8(environment: ["LC_CTYPE": "de_DE.UTF-8@euro", "LANG": "C"]))
        #expect(!TerminalLocale.isUTF8(environment: ["LC_ALL": "C", "LANG": "en_US.UTF-8"]))
        #expect(!TerminalLocale.isUTF8(environment: ["LANG": "en_US.ISO-8859-1"]))
        #expect(!TerminalLocale.isUTF8(environment: ["LANG": "POSIX"]))
        #expect(!TerminalLocale.isUTF8(environment: [:]))
        #expect(TerminalLocale.isUTF8(environment: ["LC_ALL": "", "LANG": "en_GB.UTF-8"]))
    }

    @Test func selection() {
        let utf8 = ["LANG": "en_US.UTF-8", "TERM": "xterm-256color"]
        #expect(GlyphSet.select(environment: utf8) == .braille)
        #expect(GlyphSet.select(environment: utf8, forceASCII: true) == .ascii)
        #expect(GlyphSet.select(environment: utf8, preferred: .blocks) == .blocks)
        #expect(GlyphSet.select(environment: ["LANG": "C", "TERM": "xterm-256color"]) == .ascii)
        #expect(GlyphSet.select(environment: ["LANG": "en_US.UTF-8", "TERM": "linux"]) == .blocks)
        #expect(GlyphSet.select(environment: ["LANG": "en_US.UTF-8", "TERM": "vt100"]) == .ascii)
    }

    @Test func ladderAndGlyphs() {
        #expect(GlyphSet.braille.degraded == .blocks)
        #expect(GlyphSet.blocks.degraded == .ascii)
        #expect(GlyphSet.ascii.degraded == .ascii)
        #expect(GlyphSet.blocks.spark(0) == " " && GlyphSet.blocks.spark(1) == "█" && GlyphSet.blocks.spark(0.5) == "▄")
        #expect(GlyphSet.ascii.spark(2) == "#" && GlyphSet.ascii.spark(.nan) == " ")
        #expect(GlyphSet.braille(left: 0, right: 0) == "\u{2800}")
        #expect(GlyphSet.braille(left: 4, right: 4) == "⣿")
        #expect(GlyphSet.braille(left: 1, right: 0) == "⡀")
        #expect(GlyphSet.braille(left: 2, right: 9) == "⣼")
        #expect(GlyphSet.ascii.box.topLeft == "+" && GlyphSet.ascii.box.horizontal == "-")
        #expect(GlyphSet.blocks.focusBox == .heavy)
        for set in GlyphSet.allCases where set == .ascii {
            let all =
                set.sparkLevels + [
                    set.box.vertical, set.focusBox.horizontal, set.ellipsis, set.up, set.down, set.bullet
                ]
            #expect(all.allSatisfy { $0.isASCII })
        }
    }
}
