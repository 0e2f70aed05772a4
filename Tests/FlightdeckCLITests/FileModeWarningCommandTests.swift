import Foundation
import TestSupport
import Testing

/// A shared credentials file that others can read gets a one-line warning.
@Suite(.serialized) struct FileModeWarningCommandTests {
    @Test func aCredentialsFileOthersCanReadGetsAWarning() throws {
        let simulator = try SimulatorProcess()
        defer { simulator.stop() }
        let home = try CommandHarness.folder()
        let credentials = home + "/credentials"
        try CommandHarness.write("[unused]\naws_access_key_id = AKIDUNUSED\n", to: credentials, mode: 0o644)
        let loose = try CommandHarness.run(
            ["whoami"], simulator, home: home, extra: ["AWS_SHARED_CREDENTIALS_FILE": credentials])
        #expect(loose.status == 0, "\(loose.stderr)")
        let warnings = loose.stderr.split(separator: "\n").filter {
            $0.contains("warning: \(credentials) is accessible by others (mode 0644)")
        }
        #expect(warnings.count == 1, "one line: \(loose.stderr)")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: credentials)
        let tight = try CommandHarness.run(
            ["whoami"], simulator, home: home, extra: ["AWS_SHARED_CREDENTIALS_FILE": credentials])
        #expect(!tight.stderr.contains("warning:"), "\(tight.stderr)")
    }
}
