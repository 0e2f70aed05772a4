import AWSCore
import CCurl
import Foundation

/// One libcurl multi handle, driven by its own thread, fed through a lock-protected inbox.
///
/// Threading: every libcurl call on the multi handle, the share handle and the easy handles is
/// made on the loop thread, except `curl_multi_wakeup`, which libcurl documents as callable from
/// any thread. Callers only touch the inbox (under `lock`) and wake the loop. The wake-up is made
/// while holding `lock` and only while the inbox is open; the loop closes the inbox under `lock`
/// before it cleans up the multi handle, so no wake-up can reach a freed handle.
///
/// Sharing: all easy handles live on this one multi handle, whose connection cache already pools
/// connections per host for all of them (keep-alive, and HTTP/2 multiplexing). The `CURLSH` share
/// handle adds what the multi handle does not share in libcurl 7.88: the TLS session cache, and
/// the DNS cache (also kept should transfers ever outlive one multi handle). Connections are not
/// put in the share: on one multi handle that would only move the pool out of the multi handle's
/// limits. Because every handle is used on this one thread, the share needs no lock callbacks.
final class CurlMultiLoop: @unchecked Sendable {
    /// What callers hand to the loop thread; guarded by `lock`.
    private struct Inbox {
        /// The next submission identifier.
        var nextID: UInt64 = 1
        /// Submissions not yet taken by the loop thread.
        var submissions: [CurlSubmission] = []
        /// Identifiers of taken submissions whose callers cancelled.
        var cancellations: [UInt64] = []
        /// Why the loop takes no more work, once it does not.
        var closedReason: String?
    }

    /// What the loop thread takes from the inbox in one go.
    struct Batch {
        /// New submissions, to start.
        var submissions: [CurlSubmission]
        /// Cancelled identifiers, to stop.
        var cancellations: [UInt64]
        /// Set when the loop must fail everything and stop.
        var closedReason: String?
    }

    /// The `CURLM *` handle, or nil when setup failed.
    let multi: UnsafeMutableRawPointer?
    /// The `CURLSH *` handle, or nil when setup failed.
    let share: UnsafeMutableRawPointer?
    /// Guards `inbox`.
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var inbox = Inbox()
    /// Signalled when `isStopped` becomes true. (Not `NSConditionLock`: on Linux its untimed
    /// `lock(whenCondition:)` waits until `distantFuture` and traps in swift-corelibs-foundation.)
    private let stoppedCondition = NSCondition()
    /// Whether the loop thread has released every handle (or never started); guarded by
    /// `stoppedCondition`.
    private var isStopped = false

    /// Sets up libcurl and starts the loop thread; on failure every request fails `.unavailable`.
    ///
    /// At most `maxConnectionsPerHost` connections are open to one host at once; further requests
    /// to it wait in libcurl's queue for a free connection.
    init(maxConnectionsPerHost: Int) {
        var multi: UnsafeMutableRawPointer?
        var share: UnsafeMutableRawPointer?
        var failure = CurlGlobal.failure
        if failure == nil {
            multi = curl_multi_init()
            share = curl_share_init()
            failure = Self.configure(multi: multi, share: share, maxConnectionsPerHost: maxConnectionsPerHost)
        }
        self.multi = multi
        self.share = share
        if let failure {
            inbox.closedReason = failure
            if let share { curl_share_cleanup(share) }
            if let multi { curl_multi_cleanup(multi) }
            isStopped = true
            return
        }
        let thread = Thread { [self] in run() }
        thread.name = "flightdeck-curl"
        thread.start()
    }

    /// Caps `multi`'s connections per host and makes `share` hold the DNS cache and TLS sessions;
    /// returns why setup failed, or nil.
    private static func configure(
        multi: UnsafeMutableRawPointer?, share: UnsafeMutableRawPointer?,
        maxConnectionsPerHost: Int
    ) -> String? {
        guard let multi else { return "curl_multi_init failed" }
        guard let share else { return "curl_share_init failed" }
        let capped = CCurl_multi_setopt_long(multi, CURLMOPT_MAX_HOST_CONNECTIONS, max(1, maxConnectionsPerHost))
        guard capped == CURLM_OK else {
            return "curl_multi_setopt failed: "
                + (curl_multi_strerror(capped).map { String(cString: $0) } ?? "\(capped)")
        }
        for data in [CURL_LOCK_DATA_DNS, CURL_LOCK_DATA_SSL_SESSION] {
            let code = CCurl_share_setopt_lockdata(share, CURLSHOPT_SHARE, data)
            guard code == CURLSHE_OK else {
                return "curl_share_setopt failed: "
                    + (curl_share_strerror(code).map { String(cString: $0) } ?? "\(code)")
            }
        }
        return nil
    }

    /// A fresh submission identifier.
    func makeID() -> UInt64 {
        lock.withLock {
            defer { inbox.nextID += 1 }
            return inbox.nextID
        }
    }

    /// Queues `submission` and wakes the loop; fails it at once when the loop is closed or the
    /// calling task is already cancelled.
    ///
    /// Call from the task that awaits the submission: the cancellation check reads that task.
    func submit(_ submission: CurlSubmission) {
        let refusal: (any Error)? = lock.withLock {
            if let reason = inbox.closedReason { return TransportError.unavailable(detail: reason) }
            // Checked under the lock, so a cancel() that missed this submission saw it queued.
            if Task.isCancelled { return CancellationError() }
            inbox.submissions.append(submission)
            wakeLocked()
            return nil
        }
        if let refusal { submission.continuation.resume(throwing: refusal) }
    }

    /// Cancels submission `id`: at once when still queued, else by asking the loop thread.
    func cancel(_ id: UInt64) {
        let queued: CurlSubmission? = lock.withLock {
            if let index = inbox.submissions.firstIndex(where: { $0.id == id }) {
                return inbox.submissions.remove(at: index)
            }
            guard inbox.closedReason == nil else { return nil }
            inbox.cancellations.append(id)
            wakeLocked()
            return nil
        }
        queued?.continuation.resume(throwing: CancellationError())
    }

    /// Stops the loop: queued and running requests fail `.unavailable`; returns once the loop
    /// thread has released every libcurl handle. Safe to call more than once, from any thread
    /// but the loop thread.
    func shutdown() {
        let queued: [CurlSubmission] = lock.withLock {
            guard inbox.closedReason == nil else { return [] }
            inbox.closedReason = "transport shut down"
            wakeLocked()
            defer { inbox.submissions = [] }
            return inbox.submissions
        }
        for submission in queued {
            submission.continuation.resume(throwing: TransportError.unavailable(detail: "transport shut down"))
        }
        stoppedCondition.lock()
        while !isStopped { stoppedCondition.wait() }
        stoppedCondition.unlock()
    }

    /// Takes everything queued for the loop thread.
    func takeBatch() -> Batch {
        lock.withLock {
            defer { inbox.submissions = []; inbox.cancellations = [] }
            return Batch(
                submissions: inbox.submissions, cancellations: inbox.cancellations,
                closedReason: inbox.closedReason)
        }
    }

    /// Closes the inbox from the loop thread after a fatal error; returns what was still queued.
    func closeFromLoop(reason: String) -> [CurlSubmission] {
        lock.withLock {
            if inbox.closedReason == nil { inbox.closedReason = reason }
            defer { inbox.submissions = [] }
            return inbox.submissions
        }
    }

    /// Tells waiting `shutdown()` calls that every handle is released.
    func markStopped() {
        stoppedCondition.lock()
        isStopped = true
        stoppedCondition.broadcast()
        stoppedCondition.unlock()
    }

    /// Interrupts `curl_multi_poll`. Caller holds `lock` and the inbox is open.
    private func wakeLocked() {
        if let multi { _ = curl_multi_wakeup(multi) }
    }
}
