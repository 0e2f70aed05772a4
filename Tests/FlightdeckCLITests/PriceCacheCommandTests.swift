import Foundation
import TestSupport
import Testing

/// Prices and Cost Explorer figures cached on disk across `snapshot` runs.
@Suite(.serialized) struct PriceCacheCommandTests {
    @Test func pricesAreCachedOnDiskAndTheSecondRunSaysSo() throws {
        let simulator = try SimulatorProcess()
        defer { simulator.stop() }
        let home = try CommandHarness.folder()
        func source() throws -> String? {
            let result = try CommandHarness.run(["snapshot", "--format", "json"], simulator, home: home)
            let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            return (document?["cost"] as? [String: Any])?["source"] as? String
        }
        #expect(try source() == "pricing-api")
        #expect(FileManager.default.fileExists(atPath: home + "/cache/flightdeck/prices-us-east-1.json"))
        #expect(FileManager.default.fileExists(atPath: home + "/cache/flightdeck/ce-123456789012.json"))
        #expect(try source() == "pricing-api (cached)")
    }
}
