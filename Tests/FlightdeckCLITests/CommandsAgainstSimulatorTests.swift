import Foundation
import TestSupport
import Testing

/// `snapshot`, `whoami`, `doctor` and `scale` against `flightdeck simulate`, as separate processes over
/// real loopback HTTP; and a scan of everything they wrote for the secrets they were given.
@Suite(.serialized) struct CommandsAgainstSimulatorTests {
    static let sessionToken = "KNOWN-SESSION-TOKEN-5f3c9a/+=="

    func run(_ arguments: [String], _ simulator: SimulatorProcess, state: String, extra: [String: String] = [:]) throws
        -> ProcessResult
    {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("AWS_") }
        environment.merge(simulator.environment) { _, new in new }
        environment["AWS_SESSION_TOKEN"] = Self.sessionToken
        environment["XDG_STATE_HOME"] = state
        environment["HOME"] = state
        environment.merge(extra) { _, new in new }
        return try ProcessRunner.run(TestPaths.flightdeck, arguments, environment: environment)
    }

    @Test func snapshotWhoamiAndScaleAgreeWithTheSimulationAndLeakNoSecret() throws {
        let simulator = try SimulatorProcess()
        defer { simulator.stop() }
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("fd-cli-\(UUID().uuidString)").path
        var outputs: [String] = []

        // The session token ends in ten minutes (as `aws configure export-credentials --format env` says it).
        let expiry = Date().addingTimeInterval(600).formatted(.iso8601)
        let json = try run(
            ["snapshot", "--format", "json"], simulator, state: state, extra: ["AWS_CREDENTIAL_EXPIRATION": expiry])
        outputs += [json.stdout, json.stderr]
        #expect(json.status == 0, "\(json.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let credentials = try #require(document["credentials"] as? [String: Any])
        #expect(credentials["source"] as? String == "environment")
        #expect(credentials["renewal"] as? String == "environmentToken")
        #expect(credentials["renewableUntil"] as? String == expiry)
        #expect(
            ((document["alerts"] as? [[String: Any]]) ?? []).contains { $0["code"] as? String == "credentials-ending" })

        let doctor = try run(["doctor"], simulator, state: state, extra: ["AWS_CREDENTIAL_EXPIRATION": expiry])
        outputs += [doctor.stdout, doctor.stderr]
        #expect(
            doctor.stdout.contains(
                "! renewal      the session token in AWS_SESSION_TOKEN: renewable until \(expiry) (in "),
            "\(doctor.stdout)")
        let groups = try #require(document["autoScalingGroups"] as? [[String: Any]])
        #expect(groups.first?["name"] as? String == "web-asg")
        #expect(document["account"] as? String == "123456789012")
        #expect(((document["loadBalancers"] as? [[String: Any]])?.first?["name"] as? String) == "shop-alb")

        // --timings: the JSON is unchanged on stdout; the chain that set the time goes to stderr.
        let timed = try run(["snapshot", "--format", "json", "--timings"], simulator, state: state)
        outputs += [timed.stdout, timed.stderr]
        #expect(timed.status == 0, "\(timed.stderr)")
        #expect((try? JSONSerialization.jsonObject(with: Data(timed.stdout.utf8))) != nil)
        #expect(
            timed.stderr.contains(/flightdeck: snapshot took \d+ ms, \d+ requests; the chain of calls that set it:/),
            "\(timed.stderr)")
        #expect(timed.stderr.contains(/start-up \(credentials, region, wiring\)/), "\(timed.stderr)")
        #expect(
            timed.stderr.contains(/\+ +\d+ ms → \+ +\d+ ms  [A-Za-z0-9 ]+ (Describe|Get|List)\w+ \(\d+ ms\)/),
            "\(timed.stderr)")
        #expect(!json.stderr.contains("chain of calls"), "only when asked")

        let text = try run(["snapshot"], simulator, state: state)
        outputs += [text.stdout, text.stderr]
        #expect(text.stdout.contains("AUTO SCALING") && text.stdout.contains("shop-db"))
        #expect(!text.stdout.contains("\u{1B}["), "no colour when not a terminal")

        let whoami = try run(["whoami"], simulator, state: state)
        outputs += [whoami.stdout, whoami.stderr]
        #expect(whoami.status == 0, "\(whoami.stderr)")
        #expect(whoami.stdout.contains("arn:aws:iam::123456789012:user/flightdeck-demo"))
        #expect(whoami.stdout.contains("credentials  environment"))
        #expect(
            whoami.stdout.contains(
                "renewal      the session token in AWS_SESSION_TOKEN: its expiry is not known; when AWS refuses it, set fresh"
            ), "\(whoami.stdout)")

        let dry = try run(["scale", "web-asg", "--desired", "6", "--dry-run"], simulator, state: state)
        outputs += [dry.stdout, dry.stderr]
        #expect(dry.status == 0 && dry.stdout.contains("dry run: nothing changed"), "\(dry.stdout)\(dry.stderr)")
        // Priced through the Pricing API (the simulator's m5.large), cached on disk for the dashboard too.
        #expect(
            dry.stdout.contains(/cost [+-]\$\d+\.\d{3}\/h/) && !dry.stdout.contains("prices: bundled"), "\(dry.stdout)")
        // Checked against the vCPU quota as the dashboard's dialog is: the simulator's 64, m5.large at 2 vCPUs.
        #expect(dry.stdout.contains(/vCPU quota 64, in use \d+: \d+ more m5.large fit/), "\(dry.stdout)")
        let prices = try String(contentsOfFile: state + "/.cache/flightdeck/prices-us-east-1.json", encoding: .utf8)
        #expect(prices.contains(#""ec2:m5.large" : 0.096"#), "\(prices)")

        let invalid = try run(["scale", "web-asg", "--desired", "50", "--yes"], simulator, state: state)
        outputs += [invalid.stdout, invalid.stderr]
        #expect(invalid.status != 0)
        #expect(invalid.stdout.contains("desired 50 is outside min..max 2..20"), "\(invalid.stdout)")

        let applied = try run(["scale", "web-asg", "--desired", "6", "--yes"], simulator, state: state)
        outputs += [applied.stdout, applied.stderr]
        #expect(applied.status == 0, "\(applied.stdout)\(applied.stderr)")
        #expect(applied.stdout.contains("applied: "))

        let after = try run(["snapshot", "--format", "json"], simulator, state: state)
        let afterDocument = try #require(
            try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any])
        #expect(((afterDocument["autoScalingGroups"] as? [[String: Any]])?.first?["desired"] as? Int) == 6)

        let audit = try String(contentsOfFile: state + "/flightdeck/audit.jsonl", encoding: .utf8)
        let results = audit.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        .map { $0["result"] as? String }
        #expect(results == ["refused", "applied"])
        outputs.append(audit)

        let secret = try #require(simulator.environment["AWS_SECRET_ACCESS_KEY"])
        for (index, output) in outputs.enumerated() {
            #expect(!output.contains(secret), "output \(index) contains the secret key")
            #expect(!output.contains(Self.sessionToken), "output \(index) contains the session token")
            #expect(!output.contains("Signature="), "output \(index) contains an Authorization value")
        }
    }

    @Test func aFailingSourceGivesExitTwoAndStillPrintsTheRest() throws {
        let simulator = try SimulatorProcess()
        defer { simulator.stop() }
        let endpoint = try #require(simulator.environment["AWS_ENDPOINT_URL"])
        let fault = try ProcessRunner.run(
            "curl",
            [
                "-s", "-X", "POST", endpoint + "/_sim/fault", "-d",
                #"{"kind": "error5xx", "service": "rds", "seconds": 600}"#
            ])
        try #require(fault.status == 0)
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("fd-cli-\(UUID().uuidString)").path
        let result = try run(["snapshot"], simulator, state: state, extra: ["AWS_MAX_ATTEMPTS": "1"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("ERRORS") && result.stdout.contains("databases:"))
        #expect(result.stdout.contains("web-asg"), "the other sources are still printed")
    }
}
