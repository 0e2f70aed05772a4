/// Why `ScalingPlanner` will not send a change, with the figures: one case per rule; `DashboardRender`
/// words it for the screen and the CLI, the audit log's encoder for the file.
public enum ScalingRefusal: Sendable, Equatable {
    /// A limit asked for is below zero.
    case negative(ScalingField, Int)
    /// The new min is above the new max.
    case minAboveMax(min: Int, max: Int)
    /// The desired capacity asked for lies outside the new limits.
    case desiredOutsideLimits(desired: Int, min: Int, max: Int)
    /// Nothing would change: nothing was asked, or what was asked is what the group has.
    case nothingChanges
    /// Desired capacity would rise while Launch is suspended on the group: AWS would accept it and launch nothing.
    case launchSuspended(group: String)
}
