import DashboardRender
import Foundation
import TestSupport
import Testing

/// Finding themes by name along the search path, falling back to the default with an error.
@Suite struct ThemeCatalogTests {
    /// A scratch folder with `user/` and `installed/` theme folders, removed by the caller.
    struct Folders {
        let root: URL
        var user: URL { root.appendingPathComponent("user") }
        var installed: URL { root.appendingPathComponent("installed") }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
            for folder in [root.appendingPathComponent("user"), root.appendingPathComponent("installed")] {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            }
        }

        func write(_ text: String, to folder: URL, name: String) throws {
            try text.write(to: folder.appendingPathComponent("\(name).yaml"), atomically: true, encoding: .utf8)
        }

        var catalog: ThemeCatalog {
            ThemeCatalog(
                searchPath: ThemeSearchPath(folders: [
                    .init(user, kind: .user), .init(installed, kind: .installed),
                    .init(TestPaths.repository.appendingPathComponent("Themes"), kind: .repository)
                ]))
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func standardSearchOrder() {
        let path = ThemeSearchPath.standard(
            environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/u"],
            executable: URL(fileURLWithPath: "/opt/fd/bin/flightdeck"),
            repository: URL(fileURLWithPath: "/src/flightdeck"))
        #expect(
            path.folders.map(\.url.path) == [
                "/cfg/flightdeck/themes", "/opt/fd/bin/Themes", "/opt/fd/share/flightdeck/themes",
                "/src/flightdeck/Themes"
            ])
        #expect(path.folders.map(\.kind) == [.user, .installed, .installed, .repository])
        let home = ThemeSearchPath.standard(
            environment: ["HOME": "/home/u", "XDG_CONFIG_HOME": "relative"],
            executable: nil, repository: nil)
        #expect(home.folders.map(\.url.path) == ["/home/u/.config/flightdeck/themes"])
    }

    @Test func userFolderComesFirst() throws {
        let folders = try Folders()
        defer { folders.remove() }
        try folders.write("roles:\n  ok: { fg: blue }\n", to: folders.user, name: "light")
        let load = folders.catalog.load("light")
        #expect(load.error == nil)
        #expect(load.origin == .file(folders.user.appendingPathComponent("light.yaml"), .user))
        #expect(load.theme[.ok].foreground == .ansi(.blue))
        #expect(load.theme.name == "light")
    }

    @Test func repositoryThemesAreFoundForDevelopment() {
        let load = ThemeCatalog(
            searchPath: ThemeSearchPath(folders: [
                .init(TestPaths.repository.appendingPathComponent("Themes"), kind: .repository)
            ])
        ).load("high-contrast")
        #expect(load.error == nil)
        #expect(load.theme.name == "high-contrast")
    }

    @Test func defaultIsCompiledInWhenNoFileHasIt() {
        let load = ThemeCatalog(searchPath: ThemeSearchPath(folders: [])).load("default")
        #expect(load.error == nil)
        #expect(load.origin == .compiledIn)
        #expect(load.theme == Theme.standard)
    }

    @Test func invalidThemeFallsBackToTheDefaultWithFileAndLine() throws {
        let folders = try Folders()
        defer { folders.remove() }
        try folders.write("name: broken\nroles:\n  critical: { fg: scarlet }\n", to: folders.installed, name: "broken")
        let load = folders.catalog.load("broken")
        #expect(load.theme == Theme.standard)
        let error = try #require(load.error)
        #expect(error.file == folders.installed.appendingPathComponent("broken.yaml").path)
        #expect(error.line == 3)
        #expect(error.description.contains("broken.yaml:3:"))
    }

    @Test func unknownNameFallsBackWithAnError() throws {
        let load = ThemeCatalog(searchPath: ThemeSearchPath(folders: [])).load("nope")
        #expect(load.theme == Theme.standard)
        #expect(try #require(load.error).message.contains("no theme named 'nope'"))
    }

    @Test func themeByPath() throws {
        let folders = try Folders()
        defer { folders.remove() }
        try folders.write("name: mine\n", to: folders.root, name: "mine")
        let load = folders.catalog.load(folders.root.appendingPathComponent("mine.yaml").path)
        #expect(load.error == nil && load.theme.name == "mine")
        #expect(load.origin == .file(folders.root.appendingPathComponent("mine.yaml"), .path))
    }

    @Test func listShowsWhereEachIsAndItsErrors() throws {
        let folders = try Folders()
        defer { folders.remove() }
        try folders.write("name: mono\n", to: folders.user, name: "mono")
        try folders.write("roles: [\n", to: folders.user, name: "zz-broken")
        let listing = folders.catalog.list()
        let byName = Dictionary(grouping: listing, by: \.name)
        #expect(Set(ThemeLoadingTests.shipped).isSubset(of: Set(byName.keys)))
        let monos = try #require(byName["mono"])
        #expect(monos.count == 2)
        #expect(monos.first?.shadowed == false && monos.first?.origin.url?.path.hasPrefix(folders.user.path) == true)
        #expect(monos.last?.shadowed == true)
        let broken = try #require(byName["zz-broken"]?.first)
        #expect(broken.error?.line != nil)
        let defaults = try #require(byName["default"])
        #expect(defaults.last?.origin == .compiledIn && defaults.last?.shadowed == true)
    }
}
