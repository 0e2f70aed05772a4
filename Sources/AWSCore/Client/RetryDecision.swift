import Foundation

/// What went wrong with one attempt, as the retry logic sees it.
public enum AttemptFailure: Sendable, Equatable {
    /// The service answered with an error; `serverDate` is its `Date` header, when readable.
    case service(AWSError, serverDate: Date?)
    /// No reply came.
    case transport(TransportError)
}

/// The next step after a failed attempt, decided without I/O.
public enum RetryAction: Sendable, Equatable {
    /// Give up and throw.
    case fail
    /// Re-sign with a clock shifted by `offset` seconds and send again at once.
    case correctClock(offset: TimeInterval)
    /// Invalidate the cached credentials, fetch fresh ones and send again at once.
    case refreshCredentials
    /// Wait, then retry, paying `cost` tokens from the service's bucket.
    case backoff(cost: Int)
}

/// The standard-mode retry rules as a pure function of one failure and the call's history.
public struct RetryDecision: Sendable {
    /// The policy in force.
    public var policy: RetryPolicy

    /// Creates the rules for `policy`.
    public init(policy: RetryPolicy) {
        self.policy = policy
    }

    /// A skew smaller than this is not worth re-signing for when the service did not say "skew".
    public static let skewTolerance: TimeInterval = 240

    /// Decides what to do after `failure` on attempt `attempt` (1-based).
    ///
    /// - Clock skew (by code, or a signature error while the server's clock is more than 4 minutes
    ///   from ours) is corrected once per call, without counting as a retry.
    /// - Expired credentials are refreshed once per call, without counting as a retry.
    /// - Throttling and transient failures back off while attempts remain; a call that is not
    ///   idempotent is retried only after a throttling reply or a refused connection, where the
    ///   service provably did nothing.
    public func action(
        after failure: AttemptFailure, attempt: Int, isIdempotent: Bool, signedAt: Date,
        clockCorrected: Bool, credentialsRefreshed: Bool
    ) -> RetryAction {
        let category: AWSErrorCategory
        switch failure {
        case let .service(error, serverDate):
            category = error.category
            if !clockCorrected, let serverDate {
                let offset = serverDate.timeIntervalSince(signedAt)
                let signatureRefused =
                    AWSErrorClassifier.signatureCodes.contains(error.code) && abs(offset) > Self.skewTolerance
                if category == .clockSkew || signatureRefused {
                    return .correctClock(offset: offset)
                }
            }
            if category == .expiredCredentials {
                return credentialsRefreshed ? .fail : .refreshCredentials
            }
        case let .transport(error):
            category = AWSErrorClassifier.category(of: error)
        }
        guard category == .throttling || category == .transient, attempt < policy.maxAttempts else { return .fail }
        if !isIdempotent {
            var provablyNotDone = category == .throttling
            if case .transport(.connect) = failure { provablyNotDone = true }
            if !provablyNotDone { return .fail }
        }
        if case .transport(.timeout) = failure { return .backoff(cost: policy.timeoutCost) }
        return .backoff(cost: policy.retryCost)
    }
}
