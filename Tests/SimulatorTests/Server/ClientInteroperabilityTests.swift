import Foundation
import XCTest

/// Spawns `flightdeck simulate` and points independent clients at it: boto3 (every call, values
/// checked against `/_sim/state`) and the aws CLI. Skipped where python3 with boto3 or `aws` is missing,
/// failed instead under `CI=true`.
final class ClientInteroperabilityTests: XCTestCase {
    /// A client that CI requires is not installed.
    struct MissingClient: Error, CustomStringConvertible {
        /// What is missing, and how to install it.
        var description: String
    }

    /// The running simulator and what it printed.
    struct Running {
        var process: Process
        var exports: [String: String]
        var lines: [String]
    }

    /// The `flightdeck` executable among the build products beside the test bundle.
    static var executable: URL {
        let bundle = Bundle(for: ClientInteroperabilityTests.self).bundleURL
        let candidates = [bundle, bundle.deletingLastPathComponent(), bundle.appendingPathComponent("debug")]
            .map { $0.appendingPathComponent("flightdeck") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    /// The folder of the Python client checks.
    static var scripts: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "Scripts")
    }

    /// Starts the simulator almost frozen in time (tests move it with `/_sim/advance`) and reads its export lines.
    func startSimulator() throws -> Running {
        guard FileManager.default.isExecutableFile(atPath: Self.executable.path) else {
            throw XCTSkip("flightdeck executable not built at \(Self.executable.path)")
        }
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["simulate", "--speed", "0.001", "--seed", "11"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        let handle = output.fileHandleForReading
        while text.components(separatedBy: "\n").count < 5 {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        let lines = text.split(separator: "\n").map(String.init)
        var exports: [String: String] = [:]
        for line in lines.prefix(4) {
            for assignment in line.dropFirst("export ".count).split(separator: " ") {
                let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
                if parts.count == 2 { exports[parts[0]] = parts[1] }
            }
        }
        return Running(process: process, exports: exports, lines: lines)
    }

    /// Runs `arguments` with the simulator's exports in the environment; returns status and output.
    func run(_ arguments: [String], exports: [String: String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in exports { environment[key] = value }
        environment["AWS_CONFIG_FILE"] = "/dev/null"
        environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Whether `command` runs here.
    func available(_ command: [String]) -> Bool {
        (try? run(command, exports: [:]).0) == 0
    }

    /// Skips the test unless `command` runs here; under `CI=true` fails it instead.
    func require(_ command: [String], _ client: String) throws {
        guard !available(command) else { return }
        guard ProcessInfo.processInfo.environment["CI"] == "true" else { throw XCTSkip("\(client) is not installed") }
        throw MissingClient(
            description: "\(client) is not installed and CI=true requires it (scripts/install-deps --test)")
    }

    func stop(_ running: Running) {
        running.process.terminate()
        running.process.waitUntilExit()
    }

    func testSimulatePrintsExportLinesFirstAndStopsOnSIGTERM() throws {
        let running = try startSimulator()
        XCTAssertEqual(running.lines.count, 4)
        XCTAssertTrue(running.lines.allSatisfy { $0.hasPrefix("export ") })
        XCTAssertTrue(running.exports["AWS_ENDPOINT_URL"]?.hasPrefix("http://127.0.0.1:") ?? false)
        XCTAssertEqual(running.exports["AWS_REGION"], "us-east-1")
        XCTAssertNotNil(running.exports["AWS_ACCESS_KEY_ID"])
        XCTAssertNotNil(running.exports["AWS_SECRET_ACCESS_KEY"])
        stop(running)
        XCTAssertEqual(running.process.terminationReason, .exit, "SIGTERM is handled and the process exits by itself")
    }

    func testBoto3AcceptsEveryCallAndAgreesWithTheState() throws {
        try require(["python3", "-c", "import boto3"], "python3 with boto3")
        let running = try startSimulator()
        defer { stop(running) }
        let endpoint = running.exports["AWS_ENDPOINT_URL"] ?? ""
        let (status, output) = try run(
            ["python3", Self.scripts.appendingPathComponent("boto3_client_check.py").path, endpoint],
            exports: running.exports)
        XCTAssertEqual(status, 0, output)
        XCTAssertTrue(output.contains(" passed, 0 failed"), output)
    }

    func testTheAWSCLIReadsTheSimulatedGroupAndIdentity() throws {
        try require(["aws", "--version"], "the aws CLI")
        let running = try startSimulator()
        defer { stop(running) }
        let endpoint = running.exports["AWS_ENDPOINT_URL"] ?? ""
        let (groupStatus, group) = try run(
            [
                "aws", "--endpoint-url", endpoint, "autoscaling", "describe-auto-scaling-groups",
                "--query", "AutoScalingGroups[0].[AutoScalingGroupName,MinSize,MaxSize]", "--output", "text"
            ],
            exports: running.exports)
        XCTAssertEqual(groupStatus, 0, group)
        XCTAssertEqual(
            group.trimmingCharacters(in: .whitespacesAndNewlines).split(whereSeparator: \.isWhitespace),
            ["web-asg", "2", "20"])
        let (identityStatus, identity) = try run(
            [
                "aws", "--endpoint-url", endpoint, "sts", "get-caller-identity",
                "--query", "Account", "--output", "text"
            ], exports: running.exports)
        XCTAssertEqual(identityStatus, 0, identity)
        XCTAssertEqual(identity.trimmingCharacters(in: .whitespacesAndNewlines), "123456789012")
        var wrong = running.exports
        wrong["AWS_SECRET_ACCESS_KEY"] = "not-the-demo-secret"
        let (wrongStatus, wrongOutput) = try run(
            ["aws", "--endpoint-url", endpoint, "elbv2", "describe-load-balancers"], exports: wrong)
        XCTAssertNotEqual(wrongStatus, 0)
        XCTAssertTrue(wrongOutput.contains("SignatureDoesNotMatch"), wrongOutput)
    }
}
