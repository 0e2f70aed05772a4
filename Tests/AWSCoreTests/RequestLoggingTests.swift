import AWSCore
import AWSSigV4
import Foundation
import Logging
import TestSupport
import Testing

/// The request log: one line per attempt, secrets redacted.
@Suite struct RequestLoggingTests {
    @Test func eachAttemptIsLoggedWithStatusDurationAndAttemptAndNoSecret() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/requests.log"
        let sink = try LogFile(path: path)
        var logger = Logger(label: "test.aws") { label in FileLogHandler(label: label, sink: sink, level: .trace) }
        logger.logLevel = .trace
        let time = FakeTime()
        let transport = ScriptedTransport([.respond(.text(503, "")), .respond(.text(200, okBody))])
        let client = AWSClient(
            endpoints: EndpointResolver(region: "eu-west-1", environment: [:]),
            credentials: CountingCredentialProvider(),
            transport: transport, clock: time.clock, sleep: time.sleep, random: { 0 }, logger: logger)
        #expect(try await client.send(EchoOperation()) == "ok")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let debug = text.split(separator: "\n").filter { $0.contains(" debug test.aws: ") }
        #expect(debug.count == 2, "\(text)")
        #expect(debug.first?.contains("POST https://autoscaling.eu-west-1.amazonaws.com/ attempt=1") == true)
        #expect(debug.first?.contains("status=503") == true)
        #expect(debug.last?.contains("attempt=2") == true && debug.last?.contains("status=200") == true)
        #expect(debug.allSatisfy { $0.contains("ms=") && $0.contains("operation=Echo") })
        #expect(text.contains("Authorization: <redacted>") && text.contains("X-Amz-Security-Token: <redacted>"))
        #expect(!text.contains("secret1") && !text.contains("token1") && !text.contains("Signature="))
    }

    @Test func theSilentLoggerIsTheDefault() {
        let client = AWSClient(
            endpoints: EndpointResolver(region: "eu-west-1", environment: [:]),
            credentials: CountingCredentialProvider(),
            transport: ScriptedTransport([]))
        #expect(client.logger.label == "flightdeck.aws")
    }

    @Test func secretHeadersAndQueryValuesAreRedacted() throws {
        let headers = LogRedaction.headers([
            HTTPHeader("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/x, Signature=abc"),
            HTTPHeader("x-amz-security-token", "tok"), HTTPHeader("Cookie", "a=b"), HTTPHeader("Host", "h")
        ])
        #expect(
            headers == [
                "Authorization: <redacted>", "x-amz-security-token: <redacted>", "Cookie: <redacted>", "Host: h"
            ])
        let url = try #require(
            URL(string: "https://user:pw@s3.amazonaws.com/k?X-Amz-Signature=abc&X-Amz-Security-Token=t&prefix=x"))
        #expect(
            LogRedaction.url(url)
                == "https://s3.amazonaws.com/k?X-Amz-Signature=REDACTED&X-Amz-Security-Token=REDACTED&prefix=x")
        #expect(LogRedaction.scrub("x Signature=0123abcd y") == "x <redacted signature> y")
    }

    @Test func theHandlerWritesOneLinePerRecordAndAppends() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/a.log"
        try "earlier\n".write(toFile: path, atomically: true, encoding: .utf8)
        let sink = try LogFile(path: path)
        var logger = Logger(label: "x") { label in FileLogHandler(label: label, sink: sink, level: .info) }
        logger.logLevel = .info
        logger.info("two\nlines", metadata: ["k": "v"])
        logger.debug("dropped")
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2 && lines[0] == "earlier")
        #expect(lines[1].hasSuffix(" info x: two lines k=v"))
        #expect(throws: LogFileError.self) { try LogFile(path: directory.path + "/missing/dir/a.log") }
    }
}
