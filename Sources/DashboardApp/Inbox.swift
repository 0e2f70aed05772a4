import Foundation

/// Carries the answers of the loop's tasks, from any thread, to the loop.
final class Inbox: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [AppEvent] = []
    private var postHook: (@Sendable () -> Void)?

    /// Called after each post (the screen's wake-up), so a waiting loop draws it at once.
    var onPost: (@Sendable () -> Void)? {
        get { lock.withLock { postHook } }
        set { lock.withLock { postHook = newValue } }
    }

    /// Adds an event for the loop.
    func post(_ event: AppEvent) {
        let hook = lock.withLock {
            events.append(event)
            return postHook
        }
        hook?()
    }

    /// Takes every event waiting, oldest first.
    func drain() -> [AppEvent] {
        lock.withLock {
            defer { events = [] }
            return events
        }
    }

    /// Whether no event waits.
    var isEmpty: Bool { lock.withLock { events.isEmpty } }
}
