/// `:prewarm GROUP min N [max M] [desired D] at TIME [until TIME]`, its times as typed (they are read
/// against the dashboard's clock when it runs).
public struct PrewarmCommand: Sendable, Equatable {
    /// The group.
    public var group: String
    /// The minimum while it holds.
    public var min: Int?
    /// The maximum while it holds.
    public var max: Int?
    /// The desired capacity at the start.
    public var desired: Int?
    /// When it starts, as typed.
    public var at: String
    /// When the group's values are put back, as typed.
    public var until: String?

    /// Creates a command.
    public init(group: String, min: Int? = nil, max: Int? = nil, desired: Int? = nil, at: String, until: String? = nil)
    {
        self.group = group
        self.min = min
        self.max = max
        self.desired = desired
        self.at = at
        self.until = until
    }
}
