import DashboardRender
import Foundation
import Testing

/// Invalid themes: each error names the file, the line and the column, and the default is used.
@Suite struct ThemeErrorTests {
    func error(_ yaml: String, file: String = "bad.yaml") -> ThemeError? {
        do {
            _ = try ThemeCatalog.parse(yaml, file: file)
            return nil
        } catch {
            return error
        }
    }

    @Test func invalidYAMLNamesFileAndLine() throws {
        let failure = try #require(error("name: x\nroles:\n  ok: { fg: red\n  muted: [\n", file: "/t/broken.yaml"))
        #expect(failure.file == "/t/broken.yaml")
        #expect(failure.line != nil && (failure.line ?? 0) >= 3)
        #expect(failure.description.hasPrefix("/t/broken.yaml:"))
        #expect(failure.message.contains("invalid YAML"))
    }

    @Test func badColourNamesItsLineAndColumn() throws {
        let failure = try #require(error("name: x\nroles:\n  ok: { fg: orange }\n"))
        #expect(failure.line == 3)
        #expect(failure.column == 13)
        #expect(failure.message.contains("unknown colour 'orange'"))
        #expect(failure.description.hasPrefix("bad.yaml:3:13: unknown colour"))
    }

    @Test func unquotedHexIsExplained() throws {
        let failure = try #require(error("roles:\n  ok:\n    fg: #ff0000\n"))
        #expect(failure.line == 3)
        #expect(failure.message.contains("quote"))
    }

    @Test func unknownRoleNamesTheRoles() throws {
        let failure = try #require(error("roles:\n  okay: { fg: red }\n"))
        #expect(failure.line == 2 && failure.column == 3)
        #expect(failure.message.contains("unknown role 'okay'"))
        #expect(failure.message.contains("graphPoor"))
    }

    @Test func badPaletteColourAndPaletteNameThatIsAColour() throws {
        let bad = try #require(error("palette:\n  sea: \"#12345\"\n"))
        #expect(bad.line == 2 && bad.message.contains("#12345"))
        let clash = try #require(error("palette:\n  red: \"#ff0000\"\n"))
        #expect(clash.line == 2 && clash.message.contains("itself a colour"))
    }

    @Test func unknownKeysAndAttributes() throws {
        #expect(try #require(error("colours: {}\n")).message.contains("unknown key 'colours'"))
        #expect(try #require(error("roles:\n  ok: { fgg: red }\n")).message.contains("unknown key 'fgg'"))
        let attribute = try #require(error("roles:\n  ok: { attrs: [bold, blink] }\n"))
        #expect(attribute.line == 2 && attribute.message.contains("unknown attribute 'blink'"))
    }

    @Test func duplicateKeyIsAnError() throws {
        let failure = try #require(error("roles:\n  ok: { fg: red }\n  ok: { fg: blue }\n"))
        #expect(failure.line != nil)
        #expect(failure.message.contains("duplicate"))
    }

    @Test func wrongShapesAreErrors() throws {
        #expect(try #require(error("- a\n- b\n")).message.contains("mapping"))
        #expect(try #require(error("roles:\n  ok: red\n")).message.contains("mapping"))
        #expect(try #require(error("roles:\n  ok: { fg: [red] }\n")).message.contains("single value"))
    }
}
