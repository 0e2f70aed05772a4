import AWSCore
import AWSSigV4
import Foundation
import Testing

/// A provider whose fetches can be held at a gate, counting each fetch.
final class GatedProvider: CredentialProvider, @unchecked Sendable {
    private let lock = NSLock()
    private var fetches = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private var closed = false
    private var failing = false
    private let clock: TestClock
    private let lifetime: TimeInterval

    /// Credentials live `lifetime` seconds from the clock's now at fetch time.
    init(clock: TestClock, lifetime: TimeInterval = 3600) {
        self.clock = clock
        self.lifetime = lifetime
    }

    /// How many fetches started.
    var fetchCount: Int { lock.withLock { fetches } }

    /// Holds later fetches until `open()`.
    func close() { lock.withLock { closed = true } }

    /// Makes later fetches fail.
    func fail(_ value: Bool) { lock.withLock { failing = value } }

    /// Releases held fetches.
    func open() {
        let released = lock.withLock {
            closed = false
            defer { waiters = [] }
            return waiters
        }
        released.forEach { $0.resume() }
    }

    /// `AKID<n>` for the n-th fetch, after the gate.
    func credentials() async throws -> AWSCredentials {
        let (number, mustWait, fails) = lock.withLock { () -> (Int, Bool, Bool) in
            fetches += 1
            return (fetches, closed, failing)
        }
        if mustWait {
            await withCheckedContinuation { continuation in
                let resumeNow = lock.withLock { () -> Bool in
                    if !closed { return true }
                    waiters.append(continuation)
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        }
        if fails { throw CredentialError.failed(source: "gated", detail: "refresh failed") }
        return AWSCredentials(
            signing: SigningCredentials(accessKeyID: "AKID\(number)", secretAccessKey: "s", sessionToken: "t"),
            expiration: clock.now + lifetime, source: "gated")
    }
}

/// Waits (briefly, on real time) until `condition` holds.
func eventually(_ condition: () async -> Bool) async throws {
    for _ in 0..<200 {
        if await condition() { return }
        try await Task.sleep(for: .milliseconds(10))
    }
    Issue.record("condition never became true")
}

/// `CredentialCache`: early background refresh, forced refresh, invalidate.
@Suite struct CredentialCacheTests {
    /// Builds a cache over `provider` with a refresh window.
    static func cache(_ provider: GatedProvider, clock: TestClock, window: TimeInterval = 300) -> CredentialCache {
        CredentialCache(
            chain: CredentialChain(sources: [CredentialSource(name: "gated", refreshWindow: window, provider: provider)]
            ),
            now: clock.closure)
    }

    /// Inside the refresh window callers get the current credentials at once while one refresh runs.
    @Test func backgroundRefreshDoesNotBlock() async throws {
        let clock = TestClock()
        let provider = GatedProvider(clock: clock)
        let cache = Self.cache(provider, clock: clock)
        #expect(try await cache.credentials().signing.accessKeyID == "AKID1")
        clock.advance(600)
        #expect(try await cache.credentials().signing.accessKeyID == "AKID1")
        #expect(provider.fetchCount == 1)
        provider.close()
        clock.advance(3600 - 600 - 240) // 4 minutes left: inside the 5-minute window
        #expect(try await cache.credentials().signing.accessKeyID == "AKID1")
        #expect(try await cache.credentials().signing.accessKeyID == "AKID1")
        try await eventually { provider.fetchCount == 2 }
        #expect(await cache.isRefreshing)
        #expect(try await cache.credentials().signing.accessKeyID == "AKID1")
        #expect(provider.fetchCount == 2, "never two refreshes at once")
        provider.open()
        try await eventually { await !cache.isRefreshing }
        #expect(try await cache.credentials().signing.accessKeyID == "AKID2")
    }

    /// Expired credentials make the caller wait for fresh ones; concurrent callers share one fetch.
    @Test func expiredForcesOneRefresh() async throws {
        let clock = TestClock()
        let provider = GatedProvider(clock: clock)
        let cache = Self.cache(provider, clock: clock)
        _ = try await cache.credentials()
        clock.advance(3600)
        async let first = cache.credentials()
        async let second = cache.credentials()
        let ids = try await [first.signing.accessKeyID, second.signing.accessKeyID]
        #expect(ids == ["AKID2", "AKID2"])
        #expect(provider.fetchCount == 2)
    }

    /// `invalidate()` forces the next call to fetch.
    @Test func invalidate() async throws {
        let clock = TestClock()
        let provider = GatedProvider(clock: clock)
        let cache = Self.cache(provider, clock: clock)
        _ = try await cache.credentials()
        await cache.invalidate()
        let again = try await cache.credentials()
        #expect(again.signing.accessKeyID == "AKID2", "\(again)")
        #expect(await cache.source == "gated")
    }

    /// A failed background refresh keeps the valid credentials; once expired, the error surfaces.
    @Test func failedBackgroundRefreshKeepsCurrent() async throws {
        let clock = TestClock()
        let provider = GatedProvider(clock: clock)
        let cache = Self.cache(provider, clock: clock)
        _ = try await cache.credentials()
        provider.fail(true)
        clock.advance(3600 - 120)
        #expect(try await cache.credentials().signing.accessKeyID == "AKID1")
        try await eventually { await !cache.isRefreshing }
        #expect(try await cache.credentials().signing.accessKeyID == "AKID1")
        #expect(provider.fetchCount == 2, "no retry within the back-off")
        clock.advance(120)
        await #expect(throws: CredentialError.self) { try await cache.credentials() }
    }

    /// Instance metadata credentials refresh 15 minutes early.
    @Test func instanceMetadataWindow() {
        let test = try? TestEnvironment()
        guard let environment = test?.make() else { return }
        let sources = DefaultCredentialChain.sources(
            environment: environment,
            profile: ProfileSelection(name: "default", isExplicitOption: false, isNamed: false),
            sts: UnavailableSTSClient())
        #expect(sources.last?.name == "instance metadata")
        #expect(sources.last?.refreshWindow == TimeInterval(900))
        #expect(sources.first?.refreshWindow == TimeInterval(300))
    }
}
