import DashboardRender
import Foundation
import TerminalUI
import Testing

/// Colour pairs on demand, and cell styles mapped through theme and colour ladder to curses numbers.
@Suite struct ColorPairTests {
    let red = ColorPairKey(foreground: 1, background: -1)
    let blue = ColorPairKey(foreground: 4, background: -1)

    @Test func pairsAreHandedOutOnceInOrder() {
        var allocator = ColorPairAllocator(capacity: 256)
        #expect(allocator.pair(for: .terminalDefault) == .existing(0))
        #expect(allocator.pair(for: red) == .new(1))
        #expect(allocator.pair(for: blue) == .new(2))
        #expect(allocator.pair(for: red) == .existing(1))
        #expect(allocator.pairs.count == 2)
    }

    @Test func exhaustedPairsFallBackToPairZero() {
        var allocator = ColorPairAllocator(capacity: 3)
        #expect(allocator.pair(for: red) == .new(1))
        #expect(allocator.pair(for: blue) == .new(2))
        #expect(allocator.pair(for: ColorPairKey(foreground: 2, background: -1)) == .unavailable)
        #expect(allocator.pair(for: red) == .existing(1))
        allocator.reset()
        #expect(allocator.pair(for: blue) == .new(1))
    }

    @Test func pairsBeyond256AndPairZeroWithoutDefaultColours() {
        var allocator = ColorPairAllocator(capacity: 65_536, pairZero: ColorPairKey(foreground: 7, background: 0))
        #expect(allocator.pair(for: ColorPairKey(foreground: 7, background: 0)) == .existing(0))
        for index in 0..<300 { _ = allocator.pair(for: ColorPairKey(foreground: Int32(index), background: 1)) }
        #expect(allocator.pair(for: ColorPairKey(foreground: 999, background: 1)) == .new(301))
    }

    @Test func stylesMapThroughThemeAndLadder() {
        let theme = Theme.standard
        let mapper = StyleMapper(theme: theme, resolver: ColorResolver(capability: .indexed256))
        let critical = mapper.paintStyle(for: CellStyle(.critical))
        #expect(critical.colors == ColorPairKey(foreground: 203, background: -1))
        #expect(critical.attributes == .bold)
        let header = mapper.paintStyle(for: CellStyle(.header, underline: true))
        #expect(header.colors == ColorPairKey(foreground: 252, background: 236))
        #expect(header.attributes == [.bold, .underline])
    }

    @Test func directColourSendsPackedRGB() {
        let mapper = StyleMapper(theme: .standard, resolver: ColorResolver(capability: .truecolor), directColor: true)
        #expect(mapper.paintStyle(for: CellStyle(.critical)).colors.foreground == 0xFF5F5F)
        let indexed = StyleMapper(
            theme: Theme(name: "t", styles: [.normal: RoleStyle(foreground: .indexed(196))]),
            resolver: ColorResolver(capability: .truecolor), directColor: true)
        #expect(indexed.paintStyle(for: .normal).colors.foreground == 0xFF0000)
        let ansi = StyleMapper(
            theme: Theme(name: "t", styles: [.normal: RoleStyle(foreground: .ansi(.red))]),
            resolver: ColorResolver(capability: .truecolor), directColor: true)
        #expect(ansi.paintStyle(for: .normal).colors.foreground == 1)
    }

    @Test func noColourAndNoDefaultColours() {
        let none = StyleMapper(theme: .standard, resolver: ColorResolver(capability: .none))
        #expect(
            none.paintStyle(for: CellStyle(.selection)) == PaintStyle(attributes: .reverse, colors: .terminalDefault))
        let noDefaults = StyleMapper(
            theme: .standard, resolver: ColorResolver(capability: .ansi16), defaultColors: false)
        #expect(noDefaults.paintStyle(for: .normal).colors == ColorPairKey(foreground: 7, background: 0))
    }

    /// Without colour, critical is reverse video in every shipped theme, so it never differs from ok by bold alone.
    @Test(arguments: ["default", "light", "ansi16", "high-contrast", "mono"])
    func noColourKeepsCriticalUnlikeOk(_ name: String) throws {
        let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Themes")
            .standardized
        let theme = try ThemeCatalog.load(file: themes.appendingPathComponent("\(name).yaml"))
        let mapper = StyleMapper(theme: theme, resolver: ColorResolver(capability: .none))
        let critical = mapper.paintStyle(for: CellStyle(.critical))
        let ok = mapper.paintStyle(for: CellStyle(.ok, bold: true))
        #expect(critical.attributes.contains(.reverse))
        #expect(!ok.attributes.contains(.reverse))
        #expect(critical.attributes.subtracting(.bold) != ok.attributes.subtracting(.bold))
        #expect(
            mapper.paintStyle(for: CellStyle(.warning)).attributes
                != mapper.paintStyle(for: CellStyle(.normal)).attributes)
        #expect(
            mapper.paintStyle(for: CellStyle(.graphPoor)).attributes
                != mapper.paintStyle(for: CellStyle(.graphGood)).attributes)
    }

    @Test func terminalTypeFallback() {
        #expect(TerminalTypeFallback.candidates(for: "no-such") == ["no-such", "xterm", "vt100", "dumb"])
        #expect(TerminalTypeFallback.candidates(for: "xterm") == ["xterm", "vt100", "dumb"])
        #expect(TerminalTypeFallback.candidates(for: nil) == ["xterm", "vt100", "dumb"])
        #expect(
            TerminalTypeFallback.notice(requested: "no-such", used: "xterm")
                == "flightdeck: TERM 'no-such' is not in the terminfo database; using 'xterm'")
    }
}
