import DashboardRender
import Foundation
import TestSupport
import Testing

/// Theme files: the shipped ones, inheritance from the default, and errors that name file and line.
@Suite struct ThemeLoadingTests {
    static let themes = TestPaths.repository.appendingPathComponent("Themes")
    static let shipped = ["default", "light", "high-contrast", "ansi16", "mono"]

    @Test(arguments: shipped) func shippedThemeLoadsWithEveryRole(name: String) throws {
        let theme = try ThemeCatalog.load(file: Self.themes.appendingPathComponent("\(name).yaml"))
        #expect(theme.name == name)
        #expect(!theme.summary.isEmpty)
        #expect(Set(theme.styles.keys) == Set(StyleRole.allCases))
    }

    @Test func compiledInDefaultEqualsThemesDefaultYaml() throws {
        let file = try String(contentsOf: Self.themes.appendingPathComponent("default.yaml"), encoding: .utf8)
        let fromFile = try ThemeCatalog.load(file: Self.themes.appendingPathComponent("default.yaml"))
        #expect(fromFile == Theme.standard, "Themes/default.yaml changed: run scripts/generate-default-theme")
        #expect(
            ThemeTextProbe.compiledInText == file, "Themes/default.yaml changed: run scripts/generate-default-theme")
    }

    @Test func everyShippedKeyHasAComment() throws {
        for name in Self.shipped {
            let text = try String(contentsOf: Self.themes.appendingPathComponent("\(name).yaml"), encoding: .utf8)
            for (number, line) in text.split(separator: "\n").enumerated() where !line.hasPrefix("#") {
                #expect(line.contains(" # "), "\(name).yaml:\(number + 1) has no comment")
            }
        }
    }

    @Test func defaultThemeDistinguishesStates() {
        let theme = Theme.standard
        #expect(theme[.ok].foreground != theme[.critical].foreground)
        #expect(theme[.warning].foreground != theme[.normal].foreground)
        #expect(theme[.critical].attributes.contains(.bold))
        #expect(theme[.selection].background != .terminalDefault)
    }

    @Test func ansi16UsesOnlyANSIColours() throws {
        let theme = try ThemeCatalog.load(file: Self.themes.appendingPathComponent("ansi16.yaml"))
        for role in StyleRole.allCases {
            for color in [theme[role].foreground, theme[role].background] {
                switch color {
                case .terminalDefault, .ansi: break
                default: Issue.record("ansi16 \(role) uses \(color)")
                }
            }
        }
        #expect(
            theme[.header] == RoleStyle(foreground: .ansi(.brightWhite), background: .ansi(.blue), attributes: .bold))
    }

    @Test func monoUsesNoColourAndTellsStatesApartByAttributes() throws {
        let theme = try ThemeCatalog.load(file: Self.themes.appendingPathComponent("mono.yaml"))
        #expect(StyleRole.allCases.allSatisfy { !theme[$0].usesColor })
        #expect(theme[.critical].attributes != theme[.normal].attributes)
        #expect(theme[.selection].attributes.contains(.reverse))
        #expect(theme[.warning].attributes != theme[.ok].attributes)
    }

    @Test func partialThemeInheritsEveryMissingKey() throws {
        let yaml = """
            name: partial
            palette:
              good: "#00ff00"
            roles:
              critical: { fg: magenta }
              header: { attrs: [underline] }
            """
        let theme = try ThemeCatalog.parse(yaml, file: "partial.yaml")
        let base = Theme.standard
        #expect(theme.name == "partial")
        // A role key given replaces only that key.
        #expect(theme[.critical].foreground == .ansi(.magenta))
        #expect(theme[.critical].attributes == base[.critical].attributes)
        #expect(theme[.header].attributes == .underline)
        #expect(theme[.header].background == base[.header].background)
        // A palette colour redefined reaches the default's roles that name it.
        #expect(theme[.ok].foreground == .rgb(RGB(0, 255, 0)))
        #expect(theme[.graphGood].foreground == .rgb(RGB(0, 255, 0)))
        // Everything else is the default's.
        #expect(theme[.muted] == base[.muted])
        #expect(theme[.banner] == base[.banner])
    }

    @Test func oldGraphRoleNamesStillLoad() throws {
        let theme = try ThemeCatalog.parse(
            "roles:\n  graphLow: { fg: blue }\n  graphHigh: { fg: magenta }\n", file: "old.yaml")
        #expect(theme[.graphGood].foreground == .ansi(.blue))
        #expect(theme[.graphPoor].foreground == .ansi(.magenta))
    }

    @Test func highContrastSetsItsOwnBackgroundForEveryRole() throws {
        let theme = try ThemeCatalog.load(file: Self.themes.appendingPathComponent("high-contrast.yaml"))
        for role in StyleRole.allCases {
            #expect(theme[role].background != .terminalDefault, "\(role) would take a light terminal's background")
        }
    }

    @Test func emptyThemeIsTheDefaultUnderItsOwnName() throws {
        let theme = try ThemeCatalog.parse("# nothing but a comment\n", file: "/x/blank.yaml")
        #expect(theme.styles == Theme.standard.styles)
        #expect(theme.name == "blank")
    }

    @Test func colourSyntaxes() {
        #expect(ThemeColor(parsing: "default") == .terminalDefault)
        #expect(ThemeColor(parsing: "red") == .ansi(.red))
        #expect(ThemeColor(parsing: "bright-red") == .ansi(.brightRed))
        #expect(ThemeColor(parsing: "brightRed") == .ansi(.brightRed))
        #expect(ThemeColor(parsing: "208") == .indexed(208))
        #expect(ThemeColor(parsing: "#FF8700") == .rgb(RGB(0xFF, 0x87, 0x00)))
        #expect(ThemeColor(parsing: "256") == nil)
        #expect(ThemeColor(parsing: "#ff870") == nil)
        #expect(ThemeColor(parsing: "orange") == nil)
        #expect(RGB(0x0A, 0xB0, 0x0C).description == "#0ab00c")
    }
}

/// Reads the compiled-in default's text through the public theme API.
enum ThemeTextProbe {
    /// The compiled-in YAML, as `DefaultThemeText` holds it.
    static var compiledInText: String { Theme.compiledInYAML }
}
