import Foundation
import TestSupport
import Testing

/// `--log-file` and `--log-level` through the real executable, with known secrets.
@Suite(.serialized) struct RequestLogCommandTests {
    @Test func theDebugLogHasEveryRequestAndNoSecret() throws {
        let simulator = try SimulatorProcess()
        defer { simulator.stop() }
        let home = try CommandHarness.folder()
        let log = home + "/debug.log"
        for level in ["trace", "debug"] {
            let result = try CommandHarness.run(
                ["snapshot", "--log-file", log, "--log-level", level], simulator, home: home)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let text = try String(contentsOfFile: log, encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(
            lines.contains {
                $0.contains("debug flightdeck.aws: POST http://127.0.0.1") && $0.contains("status=200")
                    && $0.contains("attempt=1")
            })
        #expect(lines.contains { $0.contains("operation=DescribeAutoScalingGroups") && $0.contains("ms=") })
        #expect(
            lines.contains {
                $0.contains("trace flightdeck.aws:") && $0.contains("Authorization: <redacted>")
                    && $0.contains("X-Amz-Security-Token: <redacted>")
            }, "trace shows headers, redacted")
        let secret = try #require(simulator.environment["AWS_SECRET_ACCESS_KEY"])
        #expect(!text.contains(secret))
        #expect(!text.contains(CommandHarness.sessionToken))
        #expect(!text.contains("Signature="))
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: log)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
        #expect(
            try CommandHarness.run(["snapshot", "--log-level", "loud"], simulator, home: home).stderr.contains(
                "--log-level must be one of"))
    }
}
