import FlightdeckPlatform
import Foundation

/// What every audit record of an executor names besides the change: the caller (or where to look it
/// up), the profile, the origin, and the clocks that stamp it. Shared by the scaling and schedule executors.
public struct AuditStamp: Sendable {
    /// The caller's ARN; nil until looked up, or when unknown.
    public var caller: String?
    /// Where the caller's ARN comes from when `caller` is nil (asked at start, answered later).
    let callerLookup: (@Sendable () async -> String?)?
    /// The profile.
    public let profile: String?
    /// The dashboard or the CLI.
    public let origin: AuditOrigin
    /// The time the operator sees (the simulation's under the demo).
    let clock: Platform.Clock
    /// The wall's time beside it, under a simulation.
    let wallClock: Platform.Clock?

    /// Creates a stamp.
    public init(
        caller: String?, profile: String?, origin: AuditOrigin, clock: @escaping Platform.Clock = Platform.systemClock,
        wallClock: Platform.Clock? = nil, callerLookup: (@Sendable () async -> String?)? = nil
    ) {
        self.caller = caller
        self.callerLookup = callerLookup
        self.profile = profile
        self.origin = origin
        self.clock = clock
        self.wallClock = wallClock
    }

    /// This stamp with the caller looked up, when it was not known at start.
    func resolved() async -> AuditStamp {
        guard caller == nil, let callerLookup else { return self }
        var stamp = self
        stamp.caller = await callerLookup()
        return stamp
    }
}
