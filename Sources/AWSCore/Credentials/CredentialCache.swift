import FlightdeckPlatform
import Foundation
import Logging

/// Caches the chain's credentials and refreshes temporary ones before they expire.
///
/// Callers never wait for an early refresh: while the current credentials are still valid they get
/// them at once and one background refresh runs (never two). Once the credentials have actually
/// expired (or after `invalidate()`), the next caller waits for a refresh, joining one in flight.
///
/// When the source's renewal is due for a look (`CredentialRenewal.nextCheck`: an SSO token to
/// refresh, a login or session token ending within 15 minutes, or past its end), the source is asked
/// again in the background at most every `retryDelay`, so a new `aws sso login` or a rewritten
/// credentials file is picked up by the next call, without a restart.
public actor CredentialCache: CredentialProvider, CredentialReporting {
    /// Credentials this close to expiry are treated as expired, to absorb clock skew and latency.
    public static let expiryMargin: TimeInterval = 10
    /// After a failed background refresh, how long to wait before trying again in the background.
    public static let retryDelay: TimeInterval = 30

    private let chain: CredentialChain
    private let now: Platform.Clock
    private let logger: Logger
    private var current: ChainResolution?
    private var refresh: Task<ChainResolution, any Error>?
    private var lastBackgroundFailure: Date?
    /// When the renewal was last looked at because it was due.
    private var lastRenewalCheck: Date?
    /// The last credentials resolved, kept through `invalidate()` for `report()`.
    private var lastResolved: AWSCredentials?

    /// Wraps `chain`; `now` is the clock the expiry checks use.
    public init(
        chain: CredentialChain, now: @escaping Platform.Clock = Platform.systemClock,
        logger: Logger = Logger(label: "flightdeck.credentials")
    ) {
        self.chain = chain
        self.now = now
        self.logger = logger
    }

    /// Valid credentials: the cached ones, or fresh ones when none are cached or they expired.
    public func credentials() async throws -> AWSCredentials {
        let time = now()
        if let current {
            guard let expiration = current.credentials.expiration else {
                checkRenewal(of: current, at: time)
                return current.credentials
            }
            if expiration.timeIntervalSince(time) > Self.expiryMargin {
                if expiration.timeIntervalSince(time) <= current.refreshWindow {
                    startBackgroundRefresh(at: time)
                } else {
                    checkRenewal(of: current, at: time)
                }
                return current.credentials
            }
        }
        let task = refreshTask()
        let result = await task.result
        install(result, from: task)
        return try result.get().credentials
    }

    /// Drops the cached credentials and any refresh in flight, e.g. after a service answered `ExpiredToken`.
    public func invalidate() async {
        current = nil
        refresh = nil
    }

    /// Which source supplied the cached credentials, e.g. for `flightdeck whoami`; nil before the first.
    public var source: String? {
        current?.credentials.source
    }

    /// The last credentials resolved, without secrets, and how long they can be renewed; nil before the first.
    public func report() -> CredentialReport? {
        lastResolved.map(CredentialReport.init)
    }

    /// Whether a refresh is running now (for tests and diagnostics).
    public var isRefreshing: Bool {
        refresh != nil
    }

    /// Returns once no refresh is in flight, each one's result installed (for tests: no waiting on time).
    public func settle() async {
        while let task = refresh {
            let result = await task.result
            install(result, from: task)
        }
    }

    /// Asks the source again in the background when its renewal is due for a look, at most every `retryDelay`.
    private func checkRenewal(of resolution: ChainResolution, at time: Date) {
        guard let due = resolution.credentials.renewal.nextCheck, time >= due else { return }
        if let last = lastRenewalCheck, time.timeIntervalSince(last) < Self.retryDelay { return }
        lastRenewalCheck = time
        startBackgroundRefresh(at: time)
    }

    /// Starts a refresh nobody waits for, unless one failed too recently.
    private func startBackgroundRefresh(at time: Date) {
        if let failed = lastBackgroundFailure, time.timeIntervalSince(failed) < Self.retryDelay { return }
        _ = refreshTask()
    }

    /// The refresh in flight, or a new one (asking the source that answered last).
    private func refreshTask() -> Task<ChainResolution, any Error> {
        if let refresh { return refresh }
        let pinned = current?.sourceIndex
        let task = Task { [chain] in try await chain.resolve(only: pinned) }
        refresh = task
        Task {
            let result = await task.result
            self.install(result, from: task)
        }
        return task
    }

    /// Stores a finished refresh's result, once, unless `invalidate()` dropped that refresh meanwhile.
    private func install(_ result: Result<ChainResolution, any Error>, from task: Task<ChainResolution, any Error>) {
        guard refresh == task else { return }
        refresh = nil
        switch result {
        case let .success(resolution):
            current = resolution
            lastResolved = resolution.credentials
            lastBackgroundFailure = nil
        case let .failure(error):
            // Only a background refresh has nobody to throw to; a forced one throws to its caller.
            guard current != nil else { return }
            lastBackgroundFailure = now()
            logger.warning("credential refresh failed, keeping the current credentials: \(String(describing: error))")
        }
    }
}
