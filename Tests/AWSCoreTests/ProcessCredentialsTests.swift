import AWSCore
import Foundation
import Testing

/// `credential_process`: real scripts, run without a shell.
@Suite struct ProcessCredentialsTests {
    /// Writes an executable shell script under the fake home and returns its path.
    static func script(_ test: TestEnvironment, _ name: String, _ body: String) throws -> String {
        try test.home.write("bin/\(name)", "#!/bin/sh\n\(body)\n", executable: true)
    }

    /// A good script's JSON becomes credentials with an expiration; arguments arrive intact.
    @Test func runsTheProcess() async throws {
        let test = try TestEnvironment()
        let path = try Self.script(
            test, "creds",
            """
            [ "$1" = "--profile name" ] || { echo "bad argument: $1" >&2; exit 3; }
            [ "$2" = 'x;y' ] || { echo "bad second argument" >&2; exit 4; }
            printf '{"Version": 1, "AccessKeyId": "AKIAPROC", "SecretAccessKey": "proc-secret", "SessionToken": "proc-token", "Expiration": "2027-01-15T10:00:00Z"}'
            """)
        try test.config("[default]\ncredential_process = \(path) \"--profile name\" 'x;y'\n")
        let credentials = try await resolve(test.make())
        #expect(
            credentials.signing
                == .init(accessKeyID: "AKIAPROC", secretAccessKey: "proc-secret", sessionToken: "proc-token"))
        #expect(credentials.expiration == ISO8601DateFormatterCheck.date("2027-01-15T10:00:00Z"))
        #expect(credentials.source == "credential_process (profile default)")
    }

    /// A non-zero exit shows stderr's last line but never stdout.
    @Test func nonZeroExit() async throws {
        let test = try TestEnvironment()
        let path = try Self.script(
            test, "fails",
            """
            printf '{"Version": 1, "AccessKeyId": "AKIA", "SecretAccessKey": "leaked-secret"}'
            echo "token expired, log in again" >&2
            exit 2
            """)
        try test.config("[default]\ncredential_process = \(path)\n")
        let error = await chainError(test.make())
        let text = error?.description ?? ""
        #expect(text.contains("exited with status 2: token expired, log in again"))
        #expect(!text.contains("leaked-secret"))
    }

    /// Bad JSON, a wrong Version and a missing key are clear errors without the output.
    @Test(arguments: [
        ("echo 'SecretAccessKey=leaked-secret'", "is not a JSON object"),
        (#"echo '{"Version": 2, "AccessKeyId": "A", "SecretAccessKey": "leaked-secret"}'"#, "needs \"Version\": 1"),
        (#"echo '{"Version": 1, "SecretAccessKey": "leaked-secret"}'"#, "AccessKeyId is missing"),
        (
            #"echo '{"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "leaked-secret", "Expiration": "soon"}'"#,
            "Expiration is not a valid timestamp"
        )
    ])
    func badOutput(body: String, message: String) async throws {
        let test = try TestEnvironment()
        let path = try Self.script(test, "bad", body)
        try test.config("[default]\ncredential_process = \(path)\n")
        let text = await chainError(test.make())?.description ?? ""
        #expect(text.contains(message))
        #expect(!text.contains("leaked-secret"))
    }

    /// A process that never finishes is stopped at the runner's limit, with a message that says so;
    /// so is one whose child keeps its output open after it exits.
    @Test(arguments: ["exec sleep 30", "sleep 30 &\necho started"])
    func hangingProcessIsStopped(body: String) async throws {
        let test = try TestEnvironment()
        let path = try Self.script(test, "hangs", body)
        try test.config("[default]\ncredential_process = \(path)\n")
        var environment = test.make()
        environment.processes = LocalProcessRunner(timeout: 0.5)
        let text = await chainError(environment)?.description ?? ""
        #expect(text.contains("profile default: \(path) did not finish within 0.5 s and was stopped"), "\(text)")
    }

    /// The runner returns a quick process's output and status, well inside its limit.
    @Test func quickProcessIsNotStopped() async throws {
        let output = try await LocalProcessRunner(timeout: 30).run(
            ["/bin/sh", "-c", "echo out; echo err >&2; exit 7"],
            environment: ["PATH": "/usr/bin:/bin"])
        #expect(
            output == ProcessOutput(status: 7, standardOutput: Data("out\n".utf8), standardError: Data("err\n".utf8)))
    }

    /// A program that does not exist, and a line that cannot be split.
    @Test func unrunnable() async throws {
        let test = try TestEnvironment()
        try test.config(
            "[default]\ncredential_process = no-such-program-flightdeck --x\n[profile q]\ncredential_process = 'open\n")
        #expect(
            await chainError(test.make())?.description.contains(
                "cannot run no-such-program-flightdeck: not found in PATH") == true)
        #expect(
            await chainError(test.make(), profile: "q")?.description.contains("cannot be split: a quote is not closed")
                == true)
    }
}

/// Parses timestamps for expectations.
enum ISO8601DateFormatterCheck {
    /// The date of an internet date-time string.
    static func date(_ text: String) -> Date? {
        ISO8601DateFormatter().date(from: text)
    }
}
