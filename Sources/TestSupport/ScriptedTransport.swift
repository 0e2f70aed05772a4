import AWSCore
import AWSSigV4
import Foundation

/// A transport that answers from a script and records every request, for tests with no sockets.
public final class ScriptedTransport: HTTPTransport, @unchecked Sendable {
    /// One scripted answer: a response or a transport failure.
    public enum Step: Sendable {
        /// Answer with this response.
        case respond(HTTPResponse)
        /// Fail with this transport error.
        case fail(TransportError)
    }

    /// Guards the mutable state below.
    private let lock = NSLock()
    private var steps: [Step]
    private var repeatLast: Bool
    private var recorded: [HTTPRequest] = []

    /// Answers with `steps` in order; when they run out, repeats the last one if `repeatLast`.
    public init(_ steps: [Step], repeatLast: Bool = false) {
        self.steps = steps
        self.repeatLast = repeatLast
    }

    /// The requests sent so far.
    public var requests: [HTTPRequest] {
        lock.withLock { recorded }
    }

    /// Records `request` and plays the next step.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let step: Step? = lock.withLock {
            recorded.append(request)
            if steps.count > 1 || (!repeatLast && !steps.isEmpty) { return steps.removeFirst() }
            return steps.first
        }
        switch step {
        case let .respond(response)?: return response
        case let .fail(error)?: throw error
        case nil: throw TransportError.unavailable(detail: "script exhausted after \(requests.count - 1) requests")
        }
    }
}

extension HTTPResponse {
    /// A response with a UTF-8 body, for scripts.
    public static func text(_ status: Int, _ body: String, headers: [HTTPHeader] = []) -> HTTPResponse {
        HTTPResponse(status: status, headers: headers, body: Array(body.utf8))
    }
}
