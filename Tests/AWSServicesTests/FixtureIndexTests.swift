import AWSCore
import Foundation
import Testing

@Suite struct FixtureIndexTests {
    @Test func everyFixtureFileIsIndexedAndEveryIndexEntryExists() throws {
        let root = Fixture.directory
        let files = try FileManager.default.subpathsOfDirectory(atPath: root.path)
            .filter { $0.contains("/") && !$0.hasSuffix("/") }
            .filter { path in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(
                    atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory)
                    && !isDirectory.boolValue
            }
        #expect(Set(files) == Set(Fixture.statuses.keys))
    }

    @Test func noFixtureHoldsACredentialOrASignature() throws {
        for path in Fixture.statuses.keys {
            let text = String(
                decoding: try Data(contentsOf: Fixture.directory.appendingPathComponent(path)), as: UTF8.self)
            #expect(!text.contains("fixture-secret"), "\(path)")
            #expect(!text.contains("Signature="), "\(path)")
            if let start = text.range(of: "<SecretAccessKey>") {
                #expect(text[start.upperBound...].hasPrefix("REDACTED"), "\(path)")
            }
        }
    }
}
