/// What became of a scaling change or of a scheduled-action change; its raw value is the audit log's `result`.
public enum ScalingResult: String, Sendable, Equatable, Codable {
    /// AWS made the change (its reply said so, or a read of the group after no reply showed it).
    case applied
    /// Nothing was sent: the plan could not apply, or the group could not be read or had moved.
    case refused
    /// The call was sent and failed, or its outcome stayed unknown and the group does not show it.
    case failed
    /// A scheduled action was put (a schedule's entry; never a scaling change's result).
    case scheduled
    /// A scheduled action was deleted (never a scaling change's result).
    case deleted
}
