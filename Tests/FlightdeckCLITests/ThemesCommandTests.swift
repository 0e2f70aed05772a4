import Foundation
import TestSupport
import Testing

/// `flightdeck themes` as a user runs it: the shipped themes, a user theme, and a broken one.
@Suite struct ThemesCommandTests {
    @Test func listsShippedUserAndBrokenThemes() throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("fd-themes-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: config) }
        let folder = config.appendingPathComponent("flightdeck/themes")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "name: mine\ndescription: my own\nroles:\n  ok: { fg: blue }\n"
            .write(to: folder.appendingPathComponent("mine.yaml"), atomically: true, encoding: .utf8)
        try "roles:\n  ok: { fg: pink }\n".write(
            to: folder.appendingPathComponent("pinkish.yaml"), atomically: true, encoding: .utf8)
        let result = try ProcessRunner.run(
            TestPaths.flightdeck, ["themes"], extraEnvironment: ["XDG_CONFIG_HOME": config.path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("NAME") == true)
        #expect(
            lines.contains {
                $0.hasPrefix("mine ") && $0.contains("ok") && $0.contains("(user)") && $0.contains("my own")
            })
        #expect(lines.contains { $0.hasPrefix("pinkish ") && $0.contains("error") })
        #expect(lines.contains { $0.contains("pinkish.yaml:2:13: unknown colour 'pink'") })
        for name in ["default", "light", "high-contrast", "ansi16", "mono"] {
            #expect(lines.contains { $0.hasPrefix("\(name) ") }, "\(name) missing from\n\(result.stdout)")
        }
        #expect(lines.last?.contains("compiled in") == true)
    }
}
