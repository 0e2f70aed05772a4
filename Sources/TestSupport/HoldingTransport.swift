import AWSCore
import Foundation

/// A transport that holds every request until the test releases its operation, recording the order
/// in which calls started: a test proves "started before X answered" by holding X, with no sleeps.
public final class HoldingTransport: HTTPTransport, @unchecked Sendable {
    private let inner: any HTTPTransport
    private let lock = NSLock()
    private var started: [String] = []
    private var released: [String] = []
    private var held: [(operation: String, resume: CheckedContinuation<Void, Never>)] = []
    private var releasing: @Sendable (String) -> Bool = { _ in false }
    private var watchers:
        [(id: Int, condition: @Sendable ([String]) -> Bool, resume: CheckedContinuation<Bool, Never>)] = []
    private var nextWatcher = 0

    /// Holds the requests, then hands each released one to `inner`.
    public init(_ inner: any HTTPTransport) {
        self.inner = inner
    }

    /// The operations started so far, in the order they started.
    public var startedOperations: [String] { lock.withLock { started } }

    /// The operations released so far, in the order they were released.
    public var releasedOperations: [String] { lock.withLock { released } }

    /// From now on, lets through every held and future request whose operation `release` accepts.
    public func release(where release: @escaping @Sendable (String) -> Bool) {
        let resumed: [CheckedContinuation<Void, Never>] = lock.withLock {
            releasing = release
            let going = held.filter { release($0.operation) }
            held.removeAll { release($0.operation) }
            released += going.map(\.operation)
            return going.map(\.resume)
        }
        for resume in resumed { resume.resume() }
    }

    /// Returns true once `condition` holds for the operations started, or false after `limit`
    /// (only so that a wrong expectation fails instead of hanging; no order depends on it).
    public func waitUntil(limit: Duration = .seconds(30), _ condition: @escaping @Sendable ([String]) -> Bool) async
        -> Bool
    {
        let id = lock.withLock {
            nextWatcher += 1
            return nextWatcher
        }
        let timer = Task {
            guard (try? await Task.sleep(for: limit)) != nil else { return }
            let expired = lock.withLock {
                let found = watchers.first { $0.id == id }?.resume
                watchers.removeAll { $0.id == id }
                return found
            }
            expired?.resume(returning: false)
        }
        let met = await withCheckedContinuation { (resume: CheckedContinuation<Bool, Never>) in
            let now: Bool = lock.withLock {
                if condition(started) { return true }
                watchers.append((id, condition, resume))
                return false
            }
            if now { resume.resume(returning: true) }
        }
        timer.cancel()
        return met
    }

    /// Records the request's operation, waits until it is released, then sends it on.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let operation = Self.operation(of: request)
        await withCheckedContinuation { (resume: CheckedContinuation<Void, Never>) in
            let (go, ready): (Bool, [CheckedContinuation<Bool, Never>]) = lock.withLock {
                started.append(operation)
                let go = releasing(operation)
                if go { released.append(operation) } else { held.append((operation, resume)) }
                let ready = watchers.filter { $0.condition(started) }.map(\.resume)
                watchers.removeAll { $0.condition(started) }
                return (go, ready)
            }
            for waiter in ready { waiter.resume(returning: true) }
            if go { resume.resume() }
        }
        return try await inner.send(request)
    }

    /// The AWS operation a request calls: its JSON target, its query `Action`, or CloudFront's REST path.
    public static func operation(of request: HTTPRequest) -> String {
        if let target = request.headers.first(where: { $0.name.lowercased() == "x-amz-target" })?.value {
            return String(target.split(separator: ".").last ?? Substring(target))
        }
        let query = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.percentEncodedQuery ?? ""
        for text in [String(decoding: request.body, as: UTF8.self), query] {
            for pair in text.split(separator: "&") where pair.hasPrefix("Action=") { return String(pair.dropFirst(7)) }
        }
        let path = request.url.path
        if path.hasSuffix("/monitoring-subscription") { return "GetMonitoringSubscription" }
        if path.hasSuffix("/tagging") { return "ListTagsForResource" }
        if path.hasSuffix("/distribution") { return "ListDistributions" }
        return "\(request.method) \(path)"
    }
}
