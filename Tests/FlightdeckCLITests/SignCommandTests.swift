import Foundation
import TestSupport
import Testing

/// `flightdeck sign` as a user runs it: through the SigV4 suite's runner, and on bad input.
@Suite struct SignCommandTests {
    static let suiteEnvironment = [
        "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
    ]

    @Test func suiteRunnerReports29PassedWithTheThreeKnownCasesSkipped() throws {
        let runner = TestPaths.repository.appendingPathComponent("scripts/sigv4-suite")
        let result = try ProcessRunner.run(
            runner,
            [
                "--skip-known", "--sts-env", "--", TestPaths.flightdeck.path, "sign", "--service", "service",
                "--region", "us-east-1"
            ])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        // --sts-env adds one case: the session token taken from the environment.
        #expect(result.stdout.contains("29 passed, 0 failed, 3 skipped"), "\(result.stdout)")
    }

    @Test func verbosePrintsTheStagesOnStderrOnly() throws {
        let request = "GET /?b=2&a=1 HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z\n"
        let result = try ProcessRunner.run(
            TestPaths.flightdeck, ["sign", "--service", "service", "--region", "us-east-1", "--verbose"],
            input: Data(request.utf8), extraEnvironment: Self.suiteEnvironment)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(
            lines.count == 1
                && lines[0].hasPrefix("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request")
        )
        #expect(result.stderr.contains("--- canonical request\nGET\n/\na=1&b=2\n"))
        #expect(result.stderr.contains("--- string to sign\nAWS4-HMAC-SHA256\n20150830T123600Z\n"))
        #expect(!result.stdout.contains("wJalrXUtnFEMI") && !result.stderr.contains("wJalrXUtnFEMI"))
    }

    @Test func malformedRequestNamesTheLine() throws {
        let result = try ProcessRunner.run(
            TestPaths.flightdeck, ["sign", "--service", "s", "--region", "us-east-1"],
            input: Data("GET / HTTP/1.1\nHost: x\nnot a header\n".utf8),
            extraEnvironment: Self.suiteEnvironment)
        #expect(result.status != 0)
        #expect(result.stderr.contains("line 3"), "\(result.stderr)")
    }

    @Test func badDateIsRejectedClearly() throws {
        let result = try ProcessRunner.run(
            TestPaths.flightdeck, ["sign", "--service", "s", "--region", "us-east-1", "--date", "yesterday"],
            input: Data("GET / HTTP/1.1\nHost: x\n".utf8), extraEnvironment: Self.suiteEnvironment)
        #expect(result.status != 0)
        #expect(result.stderr.contains("--date must look like 20150830T123600Z"))
    }
}
