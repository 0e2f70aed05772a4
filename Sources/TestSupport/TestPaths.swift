import FlightdeckPlatform
import Foundation

/// Where the tests find the repository and the built binary; nothing outside the repository.
public enum TestPaths {
    /// The repository's root folder.
    public static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The folder holding the test bundle, which is also where SwiftPM puts the `flightdeck` binary.
    public static let products: URL = {
        let runner = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
        var folder = runner.deletingLastPathComponent()
        while folder.path != "/"
            && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("flightdeck").path)
        {
            folder = folder.deletingLastPathComponent()
        }
        return folder.path == "/" ? repository.appendingPathComponent(".build/debug") : folder
    }()

    /// The built `flightdeck` executable.
    public static var flightdeck: URL { products.appendingPathComponent("flightdeck") }

    /// Whether this run is CI's, where missing peers are failures rather than skips.
    public static var isCI: Bool { Platform.environment["CI"] == "true" }
}
