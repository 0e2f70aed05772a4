import Foundation

/// Concurrent users over the launch: a smooth ramp from `baseUsers` to `peakUsers` over
/// `rampSeconds`, then a decay to `settledUsers`.
public struct TrafficProfile: Sendable, Equatable, Codable {
    /// Users at the start.
    public var baseUsers = 200.0
    /// Users at the peak.
    public var peakUsers = 2_400.0
    /// Users the shop settles at after the peak.
    public var settledUsers = 2_000.0
    /// Seconds from start to peak.
    public var rampSeconds = 900.0
    /// Seconds the post-peak decay takes to close ~63% of the gap to `settledUsers`.
    public var settleTimeConstant = 300.0
    /// Viewer requests per user per second.
    public var requestsPerUser = 0.5
    /// Average response size in bytes.
    public var bytesPerRequest = 25_000.0
    /// CPU percent one origin request per second costs an m5.large.
    public var cpuPerOriginRequest = 9.0

    /// The default profile.
    public init() {}

    /// Users at simulated second `time`, before noise.
    public func users(at time: Double) -> Double {
        if time <= 0 { return baseUsers }
        if time < rampSeconds {
            let x = time / rampSeconds
            let smooth = x * x * (3 - 2 * x)
            return baseUsers + (peakUsers - baseUsers) * smooth
        }
        return settledUsers + (peakUsers - settledUsers) * exp(-(time - rampSeconds) / settleTimeConstant)
    }
}
