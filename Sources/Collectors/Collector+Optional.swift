import AWSCore
import DashboardModel
import Foundation

/// The facts one poll could not learn, gathered from every task of that poll.
final class MissingFactLog: @unchecked Sendable {
    private let lock = NSLock()
    private var facts: [MissingFact] = []

    /// Adds a missing fact.
    func add(_ fact: MissingFact) { lock.withLock { facts.append(fact) } }

    /// Every missing fact added, in a stable order.
    var all: [MissingFact] {
        lock.withLock { facts }.sorted { ($0.fact.rawValue, $0.scope) < ($1.fact.rawValue, $1.scope) }
    }
}

extension Collector {
    /// The log of the poll running in this task, if any.
    @TaskLocal static var missingFacts: MissingFactLog?

    /// How long a denied optional call is not asked again: the slowest poll interval, so a fixed
    /// policy is picked up without a restart but a refusal is not asked every few seconds.
    static let deniedRetrySeconds: TimeInterval = PollScheduler.maxInterval

    /// Runs an optional call: when it fails, `fact` of `scope` is noted as missing and nil returned;
    /// the poll goes on without it. A denied call is not made again for `deniedRetrySeconds`.
    func optional<T: Sendable>(_ fact: MissingFact.Fact, scope: String, _ call: () async throws -> T) async -> T? {
        let now = clock()
        if let denied = await cache.denial(fact, scope: scope),
            now.timeIntervalSince(denied.at) < Self.deniedRetrySeconds
        {
            Self.missingFacts?.add(MissingFact(fact: fact, scope: scope, failure: denied.failure))
            return nil
        }
        do {
            let value = try await call()
            await cache.clearDenial(fact, scope: scope)
            return value
        } catch {
            let failure = SourceFailure(error)
            if failure.kind == .accessDenied { await cache.deny(fact, scope: scope, failure: failure, at: now) }
            Self.missingFacts?.add(MissingFact(fact: fact, scope: scope, failure: failure))
            return nil
        }
    }
}

extension CollectorCache {
    /// The denial of `fact` in `scope` still remembered.
    func denial(_ fact: MissingFact.Fact, scope: String) -> (at: Date, failure: SourceFailure)? {
        denials["\(fact.rawValue)|\(scope)"]
    }

    /// Remembers that `fact` was denied in `scope` at `date`.
    func deny(_ fact: MissingFact.Fact, scope: String, failure: SourceFailure, at date: Date) {
        denials["\(fact.rawValue)|\(scope)"] = (date, failure)
    }

    /// Forgets a denial once the call is allowed again.
    func clearDenial(_ fact: MissingFact.Fact, scope: String) {
        denials["\(fact.rawValue)|\(scope)"] = nil
    }
}
