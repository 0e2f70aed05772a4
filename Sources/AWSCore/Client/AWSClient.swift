import AWSSigV4
import FlightdeckPlatform
import Foundation
import Logging

/// Sends AWS operations: builds, signs, sends, retries and decodes.
///
/// Time, sleeping and randomness are injected, so tests drive retries and clock skew without
/// waiting. One client serves every service; each service has its own retry budget.
public final class AWSClient: Sendable {
    /// Resolves each service's endpoint and signing region.
    public let endpoints: EndpointResolver
    /// Where signing credentials come from.
    public let credentials: any CredentialProvider
    /// Sends the HTTP requests.
    public let transport: any HTTPTransport
    /// Attempts, backoff and retry budget.
    public let retryPolicy: RetryPolicy
    /// The per-request timeout passed to the transport; nil for its default.
    public let timeout: TimeInterval?
    /// Where each request is logged (debug: one line per attempt; trace: headers too), secrets redacted.
    public let logger: Logger
    /// Where each attempt's start and end are kept, when timings are asked for.
    public let recorder: CallRecorder?

    /// The injected clock.
    private let clock: Platform.Clock
    /// The injected sleep.
    private let sleep: @Sendable (Duration) async throws -> Void
    /// The injected random source, in [0, 1).
    private let random: @Sendable () -> Double
    /// The clock correction and retry budgets.
    private let state = ClientState()

    /// Creates a client. The defaults are the real clock, `Task.sleep` and the system random source.
    public init(
        endpoints: EndpointResolver, credentials: any CredentialProvider, transport: any HTTPTransport,
        retryPolicy: RetryPolicy = RetryPolicy(), timeout: TimeInterval? = nil,
        clock: @escaping Platform.Clock = Platform.systemClock,
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
        logger: Logger = AWSClient.silentLogger, recorder: CallRecorder? = nil
    ) {
        self.endpoints = endpoints
        self.credentials = credentials
        self.transport = transport
        self.retryPolicy = retryPolicy
        self.timeout = timeout
        self.clock = clock
        self.sleep = sleep
        self.random = random
        self.logger = logger
        self.recorder = recorder
    }

    /// A logger that drops everything: the default.
    public static let silentLogger = Logger(label: "flightdeck.aws", factory: { _ in SwiftLogNoOpLogHandler() })

    /// The correction, in seconds, added to the local clock when signing (learnt from clock-skew errors).
    public var clockOffset: TimeInterval {
        get async { await state.clockOffset }
    }

    /// The time the latest reply's `Date` header gave, if any reply carried one.
    ///
    /// Metric windows are anchored on it, so a simulator whose clock runs faster than the wall
    /// clock, or a host whose clock is off, still asks for the minutes the server has data for.
    public var serverDate: Date? {
        get async { await state.serverDate }
    }

    /// The tokens left in `service`'s retry budget.
    public func retryTokens(for service: AWSService) async -> Int {
        await state.available(service.serviceID, capacity: retryPolicy.bucketCapacity)
    }

    /// Sends `operation` and returns its decoded reply.
    ///
    /// Throws `AWSError` (service error or no reply, after retries), `AWSDecodingError` (a reply
    /// that does not fit), or the credential provider's and endpoint resolver's errors.
    public func send<Operation: AWSOperation>(_ operation: Operation) async throws -> Operation.Output {
        let service = operation.service
        let endpoint = try endpoints.endpoint(for: service)
        let request = try operation.request()
        let decision = RetryDecision(policy: retryPolicy)
        var attempt = 1
        var tokensHeld = 0
        var clockCorrected = false
        var credentialsRefreshed = false
        while true {
            let signedAt = clock().addingTimeInterval(await state.clockOffset)
            let prepared = try await prepare(
                request, endpoint: endpoint, service: service,
                signed: operation.requiresSigning, date: signedAt)
            let failure: AttemptFailure
            let started = ContinuousClock.now
            logRequestHeaders(prepared, operation: operation.name, attempt: attempt)
            do {
                let response = try await transport.send(prepared)
                recorder?.record(service: service.serviceID, operation: operation.name, started: started, ended: .now)
                logAttempt(
                    prepared, operation: operation.name, attempt: attempt, started: started,
                    outcome: "\(response.status)",
                    requestID: response.header("x-amzn-RequestId") ?? response.header("x-amz-request-id"))
                if let serverDate = response.header("Date").flatMap(Timestamps.parseHTTPDate) {
                    await state.noteServerDate(serverDate)
                }
                if (200..<300).contains(response.status) {
                    await state.release(
                        service.serviceID, tokensHeld > 0 ? tokensHeld : retryPolicy.successIncrement,
                        capacity: retryPolicy.bucketCapacity)
                    return try decode(response, operation: operation)
                }
                let error = AWSErrorParser.parse(
                    response, wireProtocol: service.wireProtocol,
                    service: service.serviceID, operation: operation.name)
                failure = .service(error, serverDate: response.header("Date").flatMap(Timestamps.parseHTTPDate))
            } catch let error as TransportError {
                recorder?.record(service: service.serviceID, operation: operation.name, started: started, ended: .now)
                logAttempt(
                    prepared, operation: operation.name, attempt: attempt, started: started,
                    outcome: "no reply (\(error))",
                    requestID: nil)
                failure = .transport(error)
            }
            switch decision.action(
                after: failure, attempt: attempt, isIdempotent: operation.isIdempotent,
                signedAt: signedAt, clockCorrected: clockCorrected,
                credentialsRefreshed: credentialsRefreshed)
            {
            case .fail:
                throw Self.error(of: failure, service: service, operation: operation.name)
            case let .correctClock(offset):
                clockCorrected = true
                await state.shiftClock(by: offset)
            case .refreshCredentials:
                credentialsRefreshed = true
                await credentials.invalidate()
            case let .backoff(cost):
                guard await state.acquire(service.serviceID, cost: cost, capacity: retryPolicy.bucketCapacity) else {
                    throw Self.error(of: failure, service: service, operation: operation.name)
                }
                tokensHeld = cost
                try await sleep(retryPolicy.backoff(beforeRetry: attempt, random: random()))
                attempt += 1
            }
        }
    }

    /// Logs one attempt at debug level: method, URL (secrets redacted), status, duration, attempt.
    private func logAttempt(
        _ request: HTTPRequest, operation: String, attempt: Int, started: ContinuousClock.Instant,
        outcome: String, requestID: String?
    ) {
        guard logger.logLevel <= .debug else { return }
        let elapsed = ContinuousClock.now - started
        let milliseconds = elapsed.inMilliseconds
        var metadata: Logger.Metadata = [
            "status": "\(outcome)", "ms": "\(Int(milliseconds.rounded()))", "attempt": "\(attempt)",
            "operation": "\(operation)"
        ]
        if let requestID { metadata["requestID"] = "\(requestID)" }
        logger.debug("\(request.method) \(LogRedaction.url(request.url))", metadata: metadata)
    }

    /// Logs a request's headers at trace level, each secret-bearing value redacted.
    private func logRequestHeaders(_ request: HTTPRequest, operation: String, attempt: Int) {
        guard logger.logLevel <= .trace else { return }
        logger.trace(
            "\(request.method) \(LogRedaction.url(request.url)) headers: \(LogRedaction.headers(request.headers).joined(separator: "; "))",
            metadata: ["operation": "\(operation)", "attempt": "\(attempt)"])
    }

    /// Decodes a success reply, naming the service and operation in a decoding error.
    private func decode<Operation: AWSOperation>(_ response: HTTPResponse, operation: Operation) throws
        -> Operation.Output
    {
        do {
            return try operation.decode(AWSReply(response: response, operation: operation.name))
        } catch var error as AWSDecodingError {
            error.service = operation.service.serviceID
            error.operation = operation.name
            throw error
        }
    }

    /// The error to throw for a failure that is not retried.
    private static func error(of failure: AttemptFailure, service: AWSService, operation: String) -> AWSError {
        switch failure {
        case let .service(error, _): return error
        case let .transport(error): return AWSError(transport: error, service: service.serviceID, operation: operation)
        }
    }

    /// The HTTP request for one attempt: endpoint URL, Host, protocol headers and, if signed, SigV4.
    func prepare(
        _ request: OperationRequest, endpoint: Endpoint, service: AWSService, signed: Bool,
        date: Date
    ) async throws -> HTTPRequest {
        var components = URLComponents()
        components.scheme = endpoint.url.scheme
        components.host = endpoint.url.host
        components.port = endpoint.url.port
        let basePath = endpoint.url.path(percentEncoded: true)
        let trimmedBase = basePath.hasSuffix("/") ? String(basePath.dropLast()) : basePath
        components.percentEncodedPath = trimmedBase + request.path
        let query = request.queryString
        if !query.isEmpty { components.percentEncodedQuery = query }
        guard let url = components.url, let host = components.host else {
            throw EndpointError.invalidURL(source: "endpoint", value: endpoint.url.absoluteString)
        }
        let hostHeader = components.port.map { "\(host):\($0)" } ?? host
        var headers = [HTTPHeader("Host", hostHeader)] + request.headers
        if signed {
            let resolved = try await credentials.credentials()
            let signingRequest = SigningRequest(
                method: request.method, path: components.percentEncodedPath,
                query: query, headers: headers, body: request.body)
            let signer = SigV4Signer(service: service.signingName, region: endpoint.signingRegion)
            headers = signer.sign(signingRequest, credentials: resolved.signing, date: date).signedRequest.headers
        }
        return HTTPRequest(method: request.method, url: url, headers: headers, body: request.body, timeout: timeout)
    }
}

/// The client's mutable state: the clock correction and the retry budgets.
private actor ClientState {
    /// Seconds added to the local clock when signing.
    var clockOffset: TimeInterval = 0
    /// The latest `Date` a reply carried.
    var serverDate: Date?

    /// Remembers a reply's `Date`, keeping the latest.
    func noteServerDate(_ date: Date) {
        serverDate = max(serverDate ?? date, date)
    }

    /// Retry budgets by service id, created on first use.
    var buckets: [String: RetryTokenBucket] = [:]

    /// Adds `offset` seconds to the clock correction.
    func shiftClock(by offset: TimeInterval) {
        clockOffset += offset
    }

    /// Tokens left in `service`'s bucket.
    func available(_ service: String, capacity: Int) -> Int {
        buckets[service]?.available ?? capacity
    }

    /// Takes `cost` tokens from `service`'s bucket, or returns false.
    func acquire(_ service: String, cost: Int, capacity: Int) -> Bool {
        var bucket = buckets[service] ?? RetryTokenBucket(capacity: capacity)
        defer { buckets[service] = bucket }
        return bucket.acquire(cost)
    }

    /// Returns `amount` tokens to `service`'s bucket.
    func release(_ service: String, _ amount: Int, capacity: Int) {
        guard var bucket = buckets[service] else { return }
        bucket.release(amount)
        buckets[service] = bucket
    }
}
