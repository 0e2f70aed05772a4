import AWSSigV4
import FlightdeckPlatform
import Foundation
import SimulatorModel

/// Owns the running simulation: the model, the clock that maps wall time to simulated time, the
/// wire faults, and signature checking. Every request passes through `handle(_:)`.
public actor SimulationHost {
    /// The world.
    public private(set) var model: LaunchDayModel
    /// Wall time → simulated time.
    public private(set) var clock: SimulationClock
    /// Faults on the wire.
    public private(set) var wireFaults = WireFaults()
    /// Faults still to fire from a scenario, earliest first.
    public private(set) var scenario: [ScenarioEvent] = []
    /// Draws request ids, apart from the model's generator so polling never changes the world.
    var requestIDs: SplitMix64
    /// Checks signatures.
    let verifier: SignatureVerifier
    /// Reads the wall clock.
    let wallNow: Platform.Clock

    /// A simulation seeded with `seed`, its second 0 at `wallNow()` and dated that time rounded down
    /// to the minute, running `speed` simulated seconds per wall second. (Starting the clock at the
    /// rounded minute instead put a fast simulation up to 59 × speed seconds into its day at once,
    /// firing a scenario's early faults before anyone watched.)
    public init(
        seed: UInt64, speed: Double, credentials: SigningCredentials = DemoAccount.credentials,
        extraServices: Int = 0, wallNow: @escaping Platform.Clock = Platform.systemClock
    ) {
        let start = wallNow()
        var config = ShopConfiguration()
        config.extraServices = extraServices
        config.startDate = Date(timeIntervalSince1970: (start.timeIntervalSince1970 / 60).rounded(.down) * 60)
        self.model = LaunchDayModel(config: config, seed: seed)
        self.clock = SimulationClock(wallStart: start, simulatedStart: config.startDate, speed: speed)
        self.requestIDs = SplitMix64(seed: seed ^ 0x5EED_1D5)
        self.verifier = SignatureVerifier(secrets: [credentials.accessKeyID: credentials.secretAccessKey])
        self.wallNow = wallNow
    }

    /// Brings the model up to the simulated time of now.
    func catchUp() {
        let target = clock.simulatedSeconds(at: wallNow()).rounded(.down)
        // Scenario faults fire at their own simulated second, not whenever the next request comes.
        while let next = scenario.first, next.at <= target {
            scenario.removeFirst()
            model.advance(to: max(model.now, next.at))
            _ = faultReply(WireRequest(method: "POST", rawPath: "/_sim/fault", headers: [], body: next.fault))
        }
        model.advance(to: target)
    }

    /// The answer to one request.
    public func handle(_ request: WireRequest) -> WireResponse {
        catchUp()
        var response: WireResponse
        if request.rawPath.hasPrefix("/_sim") {
            response = control(request)
        } else {
            response = handleAWS(request)
        }
        response.headers.append(HTTPHeader("Date", HTTPDate.format(model.currentDate)))
        return response
    }

    /// Verifies, applies wire faults, and dispatches an AWS call.
    func handleAWS(_ request: WireRequest) -> WireResponse {
        let requestID = requestIDs.uuid()
        let service: String
        let region: String
        switch verifier.verify(request) {
        case let .valid(auth):
            service = auth.service
            region = auth.region
        case .missing:
            return guessProtocol(request).error(
                status: 403, code: "MissingAuthenticationToken",
                message: "Request is missing Authentication Token", requestID: requestID)
        case let .unknownKey(auth):
            let wire = protocolOf(auth.service)
            var message = "The security token included in the request is invalid."
            if case .ec2 = wire { message = "AWS was not able to validate the provided access credentials" }
            return wire.error(status: 403, code: wire.unknownKeyCode, message: message, requestID: requestID)
        case let .mismatch(auth):
            let wire = protocolOf(auth.service)
            return wire.error(
                status: 403, code: wire.signatureMismatchCode,
                message:
                    "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
                requestID: requestID)
        case let .incomplete(message):
            return guessProtocol(request).error(
                status: 400, code: "IncompleteSignature", message: message, requestID: requestID)
        }
        let wire = protocolOf(service)
        let fault = wireFaults.take(for: service, at: wallNow().timeIntervalSince1970)
        switch fault?.kind {
        case .throttle?:
            let throttle = wire.throttling
            return wire.error(
                status: throttle.status, code: throttle.code, message: throttle.message, requestID: requestID)
        case .error5xx?:
            let failure = wire.internalFailure
            return wire.error(
                status: failure.status, code: failure.code, message: failure.message, requestID: requestID,
                sender: false)
        case .drop?:
            var dropped = WireResponse(status: 200)
            dropped.delivery = .dropped
            return dropped
        default:
            break
        }
        var response = ServiceDispatcher.dispatch(
            service: service, region: region, request: request, requestID: requestID, model: &model)
        switch fault?.kind {
        case .slow?:
            response.delay = fault?.delay ?? 5
        case .truncate?:
            response.delivery = .truncated(afterBytes: response.body.count / 2)
        case .malformed?:
            response.status = 200
            response.body = Array(response.body.prefix(response.body.count / 3)) + Array("<<\u{1}not-xml{\"".utf8)
        default:
            break
        }
        return response
    }

    /// The protocol of `service`, or plain query when unknown.
    func protocolOf(_ service: String) -> WireProtocol {
        WireProtocol.bySigningName[service] ?? .query(namespace: "https://\(service).amazonaws.com/")
    }

    /// The protocol a request without a usable signature most likely speaks, for its error reply.
    func guessProtocol(_ request: WireRequest) -> WireProtocol {
        if let target = request.header("X-Amz-Target") {
            return .json(targetPrefix: String(target.prefix { $0 != "." }))
        }
        if request.rawPath.hasPrefix("/2020-05-31") { return protocolOf("cloudfront") }
        return .query(namespace: "https://sts.amazonaws.com/doc/2011-06-15/")
    }

    /// Applies a model fault now.
    public func apply(_ fault: ModelFault) throws(LaunchDayModel.FaultError) {
        catchUp()
        try applyWithoutCatchingUp(fault)
    }

    /// Applies a model fault at the model's current second (the caller has brought the model up to date).
    func applyWithoutCatchingUp(_ fault: ModelFault) throws(LaunchDayModel.FaultError) {
        try model.apply(fault)
    }

    /// Adds a wire fault.
    public func add(_ fault: WireFault) {
        wireFaults.add(fault)
    }

    /// Removes every wire fault.
    public func clearWireFaults() {
        wireFaults.clear()
    }

    /// Adds scenario faults to fire at their simulated seconds.
    public func schedule(_ events: [ScenarioEvent]) {
        scenario = (scenario + events).sorted { $0.at < $1.at }
    }

    /// Moves the simulated clock `seconds` ahead of the wall clock's mapping.
    public func advance(seconds: Double) {
        clock.offset += max(0, seconds)
        catchUp()
    }

    /// The model now.
    public func currentModel() -> LaunchDayModel {
        catchUp()
        return model
    }

    /// The wall clock now.
    func wallSeconds() -> Double {
        wallNow().timeIntervalSince1970
    }
}
