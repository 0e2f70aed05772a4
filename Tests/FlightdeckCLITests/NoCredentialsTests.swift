import Foundation
import TestSupport
import Testing

/// With no credentials anywhere, a command says once what it tried and exits non-zero.
@Suite struct NoCredentialsTests {
    @Test func snapshotListsEverySourceTriedOnce() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("fd-empty-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let result = try ProcessRunner.run(
            TestPaths.flightdeck, ["snapshot", "--region", "us-east-1"],
            environment: ["HOME": home, "PATH": "/usr/bin:/bin", "AWS_EC2_METADATA_DISABLED": "true"])
        #expect(result.status != 0)
        #expect(
            result.stderr.components(separatedBy: "no AWS credentials found").count == 2, "said once: \(result.stderr)")
        for source in [
            "environment", "shared credentials file", "web identity", "container credentials", "instance metadata"
        ] {
            #expect(result.stderr.contains(source), "\(source) is not listed")
        }
    }
}
