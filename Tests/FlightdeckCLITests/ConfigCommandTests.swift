import Foundation
import TestSupport
import Testing

/// The config file through the real executable: stacks, flags over the file, read-only scale, errors.
@Suite(.serialized) struct ConfigCommandTests {
    @Test func aStackSuppliesEndpointRegionSelectionAndThresholdsAndReadOnlyRefusesScale() throws {
        let simulator = try SimulatorProcess()
        defer { simulator.stop() }
        let home = try CommandHarness.folder()
        let endpoint = try #require(simulator.environment["AWS_ENDPOINT_URL"])
        try CommandHarness.write(
            """
            defaultStack: sim
            stacks:
              sim:
                regions: [us-east-1]
                endpointURL: \(endpoint)
                selection:
                  asg: [web-asg]
                alerts:
                  alertAtCeiling: false
              prod:
                regions: us-east-1
                endpointURL: \(endpoint)
                color: red
                readOnly: true
            """, to: home + "/.config/flightdeck/config.yaml")

        // No AWS_ENDPOINT_URL in the environment: the default stack's endpointURL is what reaches the simulator.
        let snapshot = try CommandHarness.run(["snapshot", "--format", "json"], simulator, home: home, endpoint: false)
        #expect(snapshot.status == 0, "\(snapshot.stderr)")
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(snapshot.stdout.utf8)) as? [String: Any])
        #expect((document["autoScalingGroups"] as? [[String: Any]])?.map { $0["name"] as? String } == ["web-asg"])
        #expect((document["regions"] as? [String]) == ["us-east-1"])

        let refused = try CommandHarness.run(
            ["scale", "web-asg", "--desired", "7", "--yes", "--stack", "prod"], simulator, home: home, endpoint: false)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("stack 'prod' is read-only"), "\(refused.stderr)")
        #expect(
            !FileManager.default.fileExists(atPath: home + "/state/flightdeck/audit.jsonl"), "nothing was attempted")

        let unknown = try CommandHarness.run(["snapshot", "--stack", "staging"], simulator, home: home)
        #expect(unknown.status != 0)
        #expect(
            unknown.stderr.contains("config.yaml: --stack: no stack named 'staging' (known: prod, sim)"),
            "\(unknown.stderr)")
    }

    @Test func anInvalidOrMissingConfigFileIsAnErrorNamingFileLineAndKey() throws {
        let simulator = try SimulatorProcess()
        defer { simulator.stop() }
        let home = try CommandHarness.folder()
        let bad = home + "/bad.yaml"
        try CommandHarness.write("stacks:\n  prod:\n    regoins: [us-east-1]\n", to: bad)
        let invalid = try CommandHarness.run(["snapshot", "--config", bad], simulator, home: home)
        #expect(invalid.status != 0)
        #expect(invalid.stderr.contains("\(bad):3:5: unknown key 'regoins' in stacks.prod"), "\(invalid.stderr)")

        let missing = try CommandHarness.run(["snapshot", "--config", home + "/nope.yaml"], simulator, home: home)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("nope.yaml: no such file (given by --config)"), "\(missing.stderr)")

        let noFileButStack = try CommandHarness.run(["whoami", "--stack", "prod"], simulator, home: home)
        #expect(noFileButStack.status != 0)
        #expect(noFileButStack.stderr.contains("--stack prod: there is no config file at"), "\(noFileButStack.stderr)")

        let noFile = try CommandHarness.run(["whoami"], simulator, home: home)
        #expect(noFile.status == 0, "a missing default file is fine: \(noFile.stderr)")
    }
}
