import Foundation

/// One attempt of one AWS call, timed from the recorder's start.
public struct CallRecord: Sendable, Equatable {
    /// The service's id, e.g. `Auto Scaling`.
    public var service: String
    /// The operation, e.g. `DescribeAutoScalingGroups`.
    public var operation: String
    /// When the request went out.
    public var started: Duration
    /// When its reply (or its failure) came back.
    public var ended: Duration

    /// Creates a record.
    public init(service: String, operation: String, started: Duration, ended: Duration) {
        self.service = service
        self.operation = operation
        self.started = started
        self.ended = ended
    }
}

/// Keeps the start and end of every call a client sends (`snapshot --timings`).
public final class CallRecorder: @unchecked Sendable {
    /// When recording began: the zero of every record.
    public let origin: ContinuousClock.Instant
    private let lock = NSLock()
    private var kept: [CallRecord] = []

    /// A recorder whose zero is now.
    public init(origin: ContinuousClock.Instant = .now) {
        self.origin = origin
    }

    /// Keeps one attempt that went out at `started` and ended at `ended`.
    public func record(
        service: String, operation: String, started: ContinuousClock.Instant, ended: ContinuousClock.Instant
    ) {
        let record = CallRecord(
            service: service, operation: operation, started: started - origin, ended: ended - origin)
        lock.withLock { kept.append(record) }
    }

    /// Every attempt so far, in the order they ended.
    public var records: [CallRecord] { lock.withLock { kept } }

    /// The chain of calls that set the total time: the call that ended last, then, going back, the
    /// call that ended last before each one started (what it most likely waited for), oldest first.
    public static func chain(_ records: [CallRecord]) -> [CallRecord] {
        guard var current = records.max(by: { $0.ended < $1.ended }) else { return [] }
        var chain = [current]
        // A millisecond of slack: a call started by a reply's arrival starts just after it.
        while let before = records.filter({ $0.ended <= current.started + .milliseconds(1) && $0 != current })
            .max(by: { $0.ended < $1.ended })
        {
            chain.append(before)
            current = before
        }
        return chain.reversed()
    }
}
