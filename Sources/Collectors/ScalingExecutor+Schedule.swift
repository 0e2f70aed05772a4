extension ScalingExecutor {
    /// The schedule executor with the same clients, audit log, caller (or its lookup), origin and clocks.
    public var scheduleExecutor: ScheduleExecutor {
        ScheduleExecutor(clients: clients, audit: audit, caller: caller, profile: profile, origin: origin, clock: clock, wallClock: wallClock,
                         callerLookup: callerLookup)
    }
}
