import Foundation

/// The SDKs' "standard" retry mode: attempts, backoff and the retry budget.
///
/// Backoff before retry `n` (1-based) is `random() * min(baseDelay * 2^(n-1), maxBackoff)`:
/// exponential with full jitter. The budget is a token bucket shared per service by one client:
/// each retry takes `retryCost` tokens (`timeoutCost` after a timeout); a successful call gives
/// back what its retries took, or one token when it needed none. An empty bucket stops retries, so an
/// outage fails fast instead of multiplying the load.
public struct RetryPolicy: Sendable, Equatable {
    /// How many attempts a call gets in all, the first included (at least 1).
    public var maxAttempts: Int
    /// The backoff scale: the first retry waits up to this long.
    public var baseDelay: Duration
    /// The longest single backoff.
    public var maxBackoff: Duration
    /// The bucket's capacity, and its initial fill.
    public var bucketCapacity: Int
    /// Tokens a retry takes.
    public var retryCost: Int
    /// Tokens a retry after a timeout takes.
    public var timeoutCost: Int
    /// Tokens a call that succeeded at once gives back.
    public var successIncrement: Int

    /// The SDK defaults: 3 attempts, 1 s base, 20 s cap, a 500-token bucket, 5 per retry, 10 after a timeout.
    public init(
        maxAttempts: Int = 3, baseDelay: Duration = .seconds(1), maxBackoff: Duration = .seconds(20),
        bucketCapacity: Int = 500, retryCost: Int = 5, timeoutCost: Int = 10, successIncrement: Int = 1
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxBackoff = maxBackoff
        self.bucketCapacity = bucketCapacity
        self.retryCost = retryCost
        self.timeoutCost = timeoutCost
        self.successIncrement = successIncrement
    }

    /// The defaults with `maxAttempts` from `AWS_MAX_ATTEMPTS` when it holds a positive integer.
    public init(environment: [String: String]) {
        let attempts = environment["AWS_MAX_ATTEMPTS"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        self.init(maxAttempts: attempts.flatMap { $0 > 0 ? $0 : nil } ?? 3)
    }

    /// The wait before retry number `retry` (1 for the first retry), given `random` in [0, 1).
    public func backoff(beforeRetry retry: Int, random: Double) -> Duration {
        let exponent = min(max(retry - 1, 0), 30)
        let ceiling = min(baseDelay * (1 << exponent), maxBackoff)
        return ceiling * min(max(random, 0), 1)
    }
}
