import DashboardRender
import Testing

/// The colour ladder truecolor → 256 → 16 → 8 → none, and what the environment says a terminal has.
@Suite struct ColorDegradationTests {
    @Test(arguments: [
        ("#ff0000", 196), ("#000000", 16), ("#ffffff", 231), ("#808080", 244), ("#5f87af", 67),
        ("#d0d0d0", 252), ("#ff8700", 208), ("#303030", 236), ("#010101", 16), ("#eeeeee", 255), ("#5fafff", 75)
    ])
    func rgbToNearest256(hex: String, index: Int) throws {
        let rgb = try #require(RGB(hex: hex))
        #expect(Int(XtermPalette.nearestIndex(to: rgb)) == index)
        #expect(ColorResolver(capability: .indexed256).resolve(.rgb(rgb)) == .indexed(index))
    }

    @Test(arguments: [
        ("#ff0000", ANSIColor.brightRed), ("#800000", .red), ("#00ff00", .brightGreen), ("#000080", .blue),
        ("#c0c0c0", .white), ("#808080", .brightBlack), ("#ffa500", .yellow), ("#303030", .black),
        ("#5fafff", .brightBlue)
    ])
    func rgbToNearest16(hex: String, color: ANSIColor) throws {
        let rgb = try #require(RGB(hex: hex))
        #expect(ColorResolver(capability: .ansi16).resolve(.rgb(rgb)) == .indexed(color.rawValue))
    }

    @Test func indexedColoursDegrade() {
        #expect(ColorResolver(capability: .truecolor).resolve(.indexed(208)) == .indexed(208))
        #expect(ColorResolver(capability: .ansi16).resolve(.indexed(196)) == .indexed(ANSIColor.brightRed.rawValue))
        #expect(ColorResolver(capability: .ansi16).resolve(.indexed(4)) == .indexed(4))
        #expect(ColorResolver(capability: .ansi8).resolve(.indexed(12)) == .indexed(4))
        #expect(XtermPalette.rgb(ofIndex: 244) == RGB(128, 128, 128))
        #expect(XtermPalette.rgb(ofIndex: 67) == RGB(0x5F, 0x87, 0xAF))
    }

    @Test func everyLevelOfTheLadder() {
        let color = ThemeColor.rgb(RGB(0xFF, 0x5F, 0x5F))
        #expect(ColorResolver(capability: .truecolor).resolve(color) == .rgb(RGB(0xFF, 0x5F, 0x5F)))
        #expect(ColorResolver(capability: .indexed256).resolve(color) == .indexed(203))
        #expect(ColorResolver(capability: .ansi16).resolve(color) == .indexed(9))
        #expect(ColorResolver(capability: .ansi8).resolve(color) == .indexed(1))
        #expect(ColorResolver(capability: .none).resolve(color) == .terminalDefault)
        #expect(ColorResolver(capability: .none).resolve(.ansi(.red)) == .terminalDefault)
        #expect(ColorResolver(capability: .ansi16).resolve(.terminalDefault) == .terminalDefault)
    }

    @Test func stylesKeepMeaningWhenColourIsLost() {
        let selection = RoleStyle(foreground: .ansi(.white), background: .rgb(RGB(0, 0x5F, 0x87)))
        let none = ColorResolver(capability: .none).resolve(selection)
        #expect(none == ResolvedStyle(attributes: .reverse))
        let bright = RoleStyle(foreground: .ansi(.brightRed), attributes: .underline)
        #expect(
            ColorResolver(capability: .ansi8).resolve(bright)
                == ResolvedStyle(foreground: .indexed(1), attributes: [.underline, .bold]))
        #expect(
            ColorResolver(capability: .ansi16).resolve(bright)
                == ResolvedStyle(foreground: .indexed(9), attributes: .underline))
    }

    @Test func capabilityFromTheEnvironment() {
        #expect(ColorCapability.detect(environment: ["TERM": "xterm-256color", "COLORTERM": "truecolor"]) == .truecolor)
        #expect(ColorCapability.detect(environment: ["TERM": "xterm-256color", "COLORTERM": "24bit"]) == .truecolor)
        #expect(ColorCapability.detect(environment: ["TERM": "xterm-256color"]) == .indexed256)
        #expect(ColorCapability.detect(environment: ["TERM": "screen-256color"], terminalColors: 256) == .indexed256)
        #expect(ColorCapability.detect(environment: ["TERM": "xterm"], terminalColors: 8) == .ansi8)
        #expect(ColorCapability.detect(environment: ["TERM": "xterm-16color"]) == .ansi16)
        #expect(ColorCapability.detect(environment: ["TERM": "linux"]) == .ansi8)
        #expect(ColorCapability.detect(environment: ["TERM": "vt100"]) == .none)
        #expect(ColorCapability.detect(environment: ["TERM": "vt100"], terminalColors: -1) == .none)
        #expect(ColorCapability.detect(environment: ["TERM": "dumb", "COLORTERM": "truecolor"]) == .none)
        #expect(ColorCapability.detect(environment: [:]) == .none)
        #expect(ColorCapability(colorCount: 1 << 24) == .truecolor)
    }

    @Test func noColorMeansNoneWhateverElseIsSet() {
        let env = ["TERM": "xterm-256color", "COLORTERM": "truecolor", "NO_COLOR": "1"]
        #expect(ColorCapability.detect(environment: env, terminalColors: 256) == .none)
        #expect(ColorCapability.detect(environment: ["TERM": "xterm-256color", "NO_COLOR": ""]) == .indexed256)
        let header = Theme.standard[.header]
        #expect(
            ColorResolver(capability: .detect(environment: env)).resolve(header)
                == ResolvedStyle(attributes: [.bold, .reverse]))
    }
}
