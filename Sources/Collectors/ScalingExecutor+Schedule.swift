extension ScalingExecutor {
    /// The schedule executor with the same clients, audit log and stamp (caller or its lookup, origin, clocks).
    public var scheduleExecutor: ScheduleExecutor {
        ScheduleExecutor(clients: clients, audit: audit, stamp: stamp)
    }
}
