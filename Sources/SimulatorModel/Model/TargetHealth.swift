/// One target's state in the ALB target group, driven by periodic health checks.
///
/// A new target starts `initial` (registration in progress) and becomes `healthy` after
/// `healthyThreshold` consecutive passed checks; a target fails to `unhealthy` after
/// `unhealthyThreshold` consecutive failed checks (`Target.Timeout`: the checks time out), and one
/// more failed check gives `Target.FailedHealthChecks`; deregistration makes it `draining`.
public struct TargetHealth: Sendable, Equatable, Codable {
    /// The states ELBv2 reports.
    public enum State: String, Sendable, Equatable, Codable {
        /// Registration or the first health checks are in progress.
        case initial
        /// Passing health checks.
        case healthy
        /// Failing health checks.
        case unhealthy
        /// Deregistering; existing connections are being drained.
        case draining
    }

    /// The current state.
    public var state: State = .initial
    /// The reason code ELBv2 gives with the state (nil when healthy).
    public var reason: String? = "Elb.RegistrationInProgress"
    /// A human description that goes with the reason.
    public var detail: String? = "Target registration is in progress"
    /// Consecutive passed checks.
    public var passes = 0
    /// Consecutive failed checks.
    public var failures = 0
    /// When the next health check runs (simulated seconds).
    public var nextCheckAt: Double
    /// When the target became unhealthy, for the group's replacement decision.
    public var unhealthySince: Double?

    /// A new target whose first check runs at `firstCheckAt`.
    public init(firstCheckAt: Double) {
        self.nextCheckAt = firstCheckAt
    }

    /// Records the result of one health check at `time`.
    public mutating func record(passed: Bool, at time: Double, healthyThreshold: Int, unhealthyThreshold: Int) {
        guard state != .draining else { return }
        if passed {
            passes += 1
            failures = 0
            if state == .initial && reason == "Elb.RegistrationInProgress" {
                reason = "Elb.InitialHealthChecking"
                detail = "Initial health checks in progress"
            }
            if passes >= healthyThreshold && state != .healthy {
                state = .healthy
                reason = nil
                detail = nil
                unhealthySince = nil
            }
        } else {
            failures += 1
            passes = 0
            if failures >= unhealthyThreshold && state != .unhealthy {
                state = .unhealthy
                reason = "Target.Timeout"
                detail = "Request timed out"
                unhealthySince = time
            } else if state == .unhealthy && failures > unhealthyThreshold {
                reason = "Target.FailedHealthChecks"
                detail = "Health checks failed"
            }
        }
    }

    /// Starts deregistration.
    public mutating func drain() {
        state = .draining
        reason = "Target.DeregistrationInProgress"
        detail = "Target deregistration is in progress"
    }
}
