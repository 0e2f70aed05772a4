import AWSCore
import AWSSigV4
import Foundation
import TestSupport
import Testing

/// A query operation on Auto Scaling whose reply is the text of `<Value>`.
struct EchoOperation: AWSOperation {
    var service: AWSService { .autoScaling }
    var name: String { "Echo" }
    var isIdempotent = true
    func request() throws -> OperationRequest {
        var params = QueryParameters()
        params.add("Key", "a b")
        return .query(action: name, version: "2011-01-01", parameters: params)
    }
    func decode(_ reply: AWSReply) throws -> String {
        try reply.queryResult().requiredString("Value")
    }
}

let okBody = "<EchoResponse><EchoResult><Value>ok</Value></EchoResult></EchoResponse>"
let throttled = HTTPResponse.text(
    400, "<ErrorResponse><Error><Code>Throttling</Code><Message>Rate exceeded</Message></Error></ErrorResponse>")
let unavailable = HTTPResponse.text(
    503, "<ErrorResponse><Error><Code>ServiceUnavailable</Code></Error></ErrorResponse>")

struct Harness {
    let transport: ScriptedTransport
    let time = FakeTime()
    let credentials = CountingCredentialProvider()
    let client: AWSClient

    init(
        _ steps: [ScriptedTransport.Step], repeatLast: Bool = false, policy: RetryPolicy = RetryPolicy(),
        random: [Double] = [0.5]
    ) {
        transport = ScriptedTransport(steps, repeatLast: repeatLast)
        client = AWSClient(
            endpoints: EndpointResolver(region: "eu-west-1", environment: [:]),
            credentials: credentials, transport: transport, retryPolicy: policy,
            clock: time.clock, sleep: time.sleep, random: ScriptedRandom(random).next)
    }
}

@Suite struct ClientRequestTests {
    @Test func buildsAndSignsTheRequest() async throws {
        let harness = Harness([.respond(.text(200, okBody))])
        #expect(try await harness.client.send(EchoOperation()) == "ok")
        let request = try #require(harness.transport.requests.first)
        #expect(request.method == "POST")
        #expect(request.url.absoluteString == "https://autoscaling.eu-west-1.amazonaws.com/")
        #expect(request.header("Host") == "autoscaling.eu-west-1.amazonaws.com")
        #expect(request.header("Content-Type") == "application/x-www-form-urlencoded; charset=utf-8")
        #expect(request.header("X-Amz-Date") == "20251124T160000Z")
        #expect(request.header("X-Amz-Security-Token") == "token1")
        #expect(String(decoding: request.body, as: UTF8.self) == "Action=Echo&Version=2011-01-01&Key=a%20b")
        // The signature is the one the signer computes for exactly these headers and body.
        let unsigned = request.headers.filter {
            !["authorization", "x-amz-date", "x-amz-security-token"].contains($0.name.lowercased())
        }
        let expected = SigV4Signer(service: "autoscaling", region: "eu-west-1").sign(
            SigningRequest(method: "POST", path: "/", headers: unsigned, body: request.body),
            credentials: SigningCredentials(
                accessKeyID: "AKIDTEST1", secretAccessKey: "secret1", sessionToken: "token1"),
            date: harness.time.now)
        #expect(request.header("Authorization") == expected.authorization)
        #expect(
            expected.authorization.hasPrefix(
                "AWS4-HMAC-SHA256 Credential=AKIDTEST1/20251124/eu-west-1/autoscaling/aws4_request"))
    }

    @Test func endpointOverridesKeepPortAndPath() async throws {
        let transport = ScriptedTransport([.respond(.text(200, okBody))])
        let client = AWSClient(
            endpoints: EndpointResolver(
                region: "eu-west-1", environment: ["AWS_ENDPOINT_URL": "http://127.0.0.1:5000/base/"]),
            credentials: CountingCredentialProvider(), transport: transport)
        _ = try await client.send(EchoOperation())
        let request = try #require(transport.requests.first)
        #expect(request.url.absoluteString == "http://127.0.0.1:5000/base/")
        #expect(request.header("Host") == "127.0.0.1:5000")
    }

    @Test func aBadSuccessReplyIsADecodingErrorNamingTheCall() async throws {
        let harness = Harness([.respond(.text(200, "<html>oops"))])
        let error = try await #require(throws: AWSDecodingError.self) { try await harness.client.send(EchoOperation()) }
        #expect(error.service == "Auto Scaling")
        #expect(error.operation == "Echo")
        #expect(error.kind == .malformedXML)
    }

    @Test func errorsNeverCarrySecrets() async throws {
        let harness = Harness([
            .respond(
                .text(
                    403,
                    "<ErrorResponse><Error><Code>SignatureDoesNotMatch</Code><Message>bad</Message></Error></ErrorResponse>"
                ))
        ])
        let error = try await #require(throws: AWSError.self) { try await harness.client.send(EchoOperation()) }
        let text = "\(error) \(String(reflecting: error))"
        #expect(!text.contains("secret1"))
        #expect(!text.contains("token1"))
        #expect(!text.contains("Signature="))
        #expect(error.category == .invalidCredentials)
    }
}

@Suite struct ClientRetryTests {
    @Test func retriesThrottlingUpToMaxAttemptsWithBoundedBackoff() async throws {
        let harness = Harness([.respond(throttled)], repeatLast: true, random: [0.5, 0.25])
        let error = try await #require(throws: AWSError.self) { try await harness.client.send(EchoOperation()) }
        #expect(error.code == "Throttling")
        #expect(harness.transport.requests.count == 3)
        // Full jitter: random * min(1 s * 2^(n-1), 20 s).
        #expect(harness.time.sleeps == [.milliseconds(500), .milliseconds(500)])
    }

    @Test func maxAttemptsComesFromTheEnvironment() async throws {
        #expect(RetryPolicy(environment: ["AWS_MAX_ATTEMPTS": "5"]).maxAttempts == 5)
        #expect(RetryPolicy(environment: ["AWS_MAX_ATTEMPTS": "zero"]).maxAttempts == 3)
        #expect(RetryPolicy(environment: [:]).maxAttempts == 3)
        let harness = Harness(
            [.respond(unavailable)], repeatLast: true, policy: RetryPolicy(environment: ["AWS_MAX_ATTEMPTS": "1"]))
        _ = try? await harness.client.send(EchoOperation())
        #expect(harness.transport.requests.count == 1)
        #expect(harness.time.sleeps.isEmpty)
    }

    @Test func backoffIsCappedAndJittered() {
        let policy = RetryPolicy()
        #expect(policy.backoff(beforeRetry: 1, random: 1) == .seconds(1))
        #expect(policy.backoff(beforeRetry: 3, random: 1) == .seconds(4))
        #expect(policy.backoff(beforeRetry: 6, random: 1) == .seconds(20))
        #expect(policy.backoff(beforeRetry: 60, random: 0.5) == .seconds(10))
        #expect(policy.backoff(beforeRetry: 2, random: 0) == .zero)
    }

    @Test func recoversAfterTransientFailures() async throws {
        let harness = Harness([.fail(.broken(detail: "reset")), .respond(unavailable), .respond(.text(200, okBody))])
        #expect(try await harness.client.send(EchoOperation()) == "ok")
        #expect(harness.transport.requests.count == 3)
        // Two retries took 5 tokens each; the success gave the last 5 back.
        #expect(await harness.client.retryTokens(for: .autoScaling) == 495)
    }

    @Test func timeoutsCostMoreTokens() async throws {
        let harness = Harness([.fail(.timeout(seconds: 5)), .respond(.text(200, okBody))])
        _ = try await harness.client.send(EchoOperation())
        #expect(await harness.client.retryTokens(for: .autoScaling) == 500)
        let failing = Harness([.fail(.timeout(seconds: 5))], repeatLast: true)
        _ = try? await failing.client.send(EchoOperation())
        #expect(await failing.client.retryTokens(for: .autoScaling) == 480)
    }

    @Test func anEmptyBucketStopsRetries() async throws {
        let policy = RetryPolicy(maxAttempts: 3, bucketCapacity: 12, retryCost: 5)
        let harness = Harness([.respond(unavailable)], repeatLast: true, policy: policy)
        _ = try? await harness.client.send(EchoOperation()) // 2 retries: 12 → 2 tokens
        #expect(harness.transport.requests.count == 3)
        _ = try? await harness.client.send(EchoOperation()) // bucket too low: no retry
        #expect(harness.transport.requests.count == 4)
        #expect(await harness.client.retryTokens(for: .autoScaling) == 2)
        // Other services have their own budget.
        #expect(await harness.client.retryTokens(for: .rds) == 12)
    }

    @Test func nonIdempotentCallsAreNotRetriedWhenTheServiceMayHaveActed() async throws {
        var mutation = EchoOperation()
        mutation.isIdempotent = false
        for step in [
            ScriptedTransport.Step.respond(unavailable), .fail(.timeout(seconds: 5)), .fail(.broken(detail: "reset"))
        ] {
            let harness = Harness([step], repeatLast: true)
            await #expect(throws: AWSError.self) { try await harness.client.send(mutation) }
            #expect(harness.transport.requests.count == 1)
        }
    }

    @Test func nonIdempotentCallsAreRetriedWhenProvablyNotActedOn() async throws {
        var mutation = EchoOperation()
        mutation.isIdempotent = false
        let harness = Harness([.respond(throttled), .fail(.connect(detail: "refused")), .respond(.text(200, okBody))])
        #expect(try await harness.client.send(mutation) == "ok")
        #expect(harness.transport.requests.count == 3)
    }

    @Test func nonRetryableErrorsFailAtOnce() async throws {
        let harness = Harness(
            [
                .respond(
                    .text(
                        400,
                        "<ErrorResponse><Error><Code>ValidationError</Code><Message>bad</Message></Error></ErrorResponse>"
                    ))
            ],
            repeatLast: true)
        let error = try await #require(throws: AWSError.self) { try await harness.client.send(EchoOperation()) }
        #expect(error.category == .validation)
        #expect(harness.transport.requests.count == 1)
    }

    @Test func transportFailuresAfterRetriesNameTheCall() async throws {
        let harness = Harness([.fail(.connect(detail: "refused"))], repeatLast: true)
        let error = try await #require(throws: AWSError.self) { try await harness.client.send(EchoOperation()) }
        #expect(error.transportError == .connect(detail: "refused"))
        #expect(error.description == "Auto Scaling Echo: cannot connect: refused")
        #expect(error.category == .transient)
    }
}

@Suite struct ClientRecoveryTests {
    @Test func clockSkewIsCorrectedFromTheDateHeaderAndReSigned() async throws {
        let skewed = HTTPResponse.text(
            403,
            "<ErrorResponse><Error><Code>SignatureDoesNotMatch</Code><Message>Signature expired: 20251124T160000Z is now earlier than 20251124T162500Z</Message></Error></ErrorResponse>",
            headers: [HTTPHeader("Date", "Mon, 24 Nov 2025 16:30:00 GMT")])
        let harness = Harness([.respond(skewed), .respond(.text(200, okBody))])
        #expect(try await harness.client.send(EchoOperation()) == "ok")
        let requests = harness.transport.requests
        #expect(requests.count == 2)
        #expect(requests[0].header("X-Amz-Date") == "20251124T160000Z")
        #expect(requests[1].header("X-Amz-Date") == "20251124T163000Z")
        #expect(requests[0].header("Authorization") != requests[1].header("Authorization"))
        #expect(harness.time.sleeps.isEmpty)
        #expect(await harness.client.clockOffset == 1_800)
    }

    @Test func aSignatureErrorWithAFarServerClockIsTreatedAsSkew() async throws {
        let refused = HTTPResponse.text(
            403,
            "<ErrorResponse><Error><Code>SignatureDoesNotMatch</Code><Message>does not match</Message></Error></ErrorResponse>",
            headers: [HTTPHeader("Date", "Mon, 24 Nov 2025 15:30:00 GMT")])
        let harness = Harness([.respond(refused)], repeatLast: true)
        await #expect(throws: AWSError.self) { try await harness.client.send(EchoOperation()) }
        // Corrected once, then the same refusal is final.
        #expect(harness.transport.requests.count == 2)
        #expect(await harness.client.clockOffset == -1_800)
    }

    @Test func expiredCredentialsAreRefreshedOnce() async throws {
        let expired = HTTPResponse.text(
            403,
            "<ErrorResponse><Error><Code>ExpiredToken</Code><Message>The security token included in the request is expired</Message></Error></ErrorResponse>"
        )
        let harness = Harness([.respond(expired), .respond(.text(200, okBody))])
        #expect(try await harness.client.send(EchoOperation()) == "ok")
        #expect(harness.credentials.invalidateCount == 1)
        let requests = harness.transport.requests
        #expect(requests[0].header("Authorization")?.contains("AKIDTEST1/") == true)
        #expect(requests[1].header("Authorization")?.contains("AKIDTEST2/") == true)

        let stubborn = Harness([.respond(expired)], repeatLast: true)
        let error = try await #require(throws: AWSError.self) { try await stubborn.client.send(EchoOperation()) }
        #expect(error.category == .expiredCredentials)
        #expect(stubborn.credentials.invalidateCount == 1)
        #expect(stubborn.transport.requests.count == 2)
    }
}
