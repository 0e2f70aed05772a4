import Foundation

/// The process's side effects on the platform, fenced in one place: the clock, the environment,
/// standard error and the temporary folder. Code below the commands takes them as parameters.
public enum Platform {
    /// Where "now" comes from: the wall clock by default; a simulation's or a test's clock elsewhere.
    public typealias Clock = @Sendable () -> Date

    /// The wall clock.
    public static let systemClock: Clock = { Date() }
}
