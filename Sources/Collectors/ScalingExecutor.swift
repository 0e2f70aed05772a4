import AWSCore
import AWSServices
import DashboardModel
import FlightdeckPlatform
import Foundation

/// What happened to a scaling change.
public struct ScalingOutcome: Sendable, Equatable {
    /// Applied, refused (nothing was sent) or failed.
    public var result: ScalingResult
    /// What happened (the audit record's detail).
    public var detail: ScalingDetail
    /// AWS's request id of the mutating call, when it answered.
    public var requestID: String?
    /// The audit record written for it.
    public var record: AuditRecord
    /// Why the audit record could not be written (the change itself is reported as it happened).
    public var auditError: AuditWriteFailure?

    /// When the group had moved since the plan was made (nothing was sent): its limits now.
    public var movedTo: ScalingLimits? {
        guard case let .moved(_, limits, _) = detail else { return nil }
        return limits
    }

    /// Who moved it, when its newest scaling activity says.
    public var movedBy: ScalingMover? {
        guard case let .moved(_, _, mover) = detail else { return nil }
        return mover
    }
}

/// Applies a confirmed scaling plan: reads the group again, refuses when it changed since the plan
/// was made, sends one mutating call (never retried), and writes an audit record whatever happens.
///
/// When the call's outcome is unknown (no reply), the group is read again to tell whether it took
/// effect, so a change is reported as applied once or as failed, and never sent twice.
public struct ScalingExecutor: Sendable {
    /// The client of each region.
    public let clients: [String: AWSClient]
    /// Where records go.
    public let audit: AuditLog
    /// Who, from where and when, for the records.
    public let stamp: AuditStamp
    let sleep: @Sendable (Double) async -> Void

    /// The pauses before each further read of a group whose read was throttled: about seven seconds in all.
    public static let rereadBackoff: [Double] = [1, 2, 4]

    /// Creates an executor. Records are stamped by `clock`, the time the operator sees; under a
    /// simulation, whose clock is not the wall's, `wallClock` stamps them with the wall time too.
    /// `sleep` waits between throttled reads (injected so tests do not wait).
    public init(
        clients: [String: AWSClient], audit: AuditLog, caller: String?, profile: String?, origin: AuditOrigin,
        clock: @escaping Platform.Clock = Platform.systemClock, wallClock: Platform.Clock? = nil,
        sleep: @escaping @Sendable (Double) async -> Void = {
            try? await Task.sleep(nanoseconds: UInt64($0 * 1_000_000_000))
        },
        callerLookup: (@Sendable () async -> String?)? = nil
    ) {
        self.clients = clients
        self.audit = audit
        stamp = AuditStamp(
            caller: caller, profile: profile, origin: origin, clock: clock, wallClock: wallClock,
            callerLookup: callerLookup)
        self.sleep = sleep
    }

    /// Applies `plan` and records the outcome.
    public func apply(_ plan: ScalingPlan) async -> ScalingOutcome {
        guard plan.isApplicable else {
            return await finish(plan, .refused, .refused(plan.refusals), requestID: nil)
        }
        guard let client = clients[plan.region] else {
            return await finish(plan, .refused, .noClient(region: plan.region), requestID: nil)
        }
        let current: ScalingLimits
        do {
            guard let limits = try await rereadLimits(of: plan.request.group, client: client) else {
                return await finish(plan, .refused, .groupGone(group: plan.request.group), requestID: nil)
            }
            current = limits
        } catch let failure as RereadFailure {
            let waited = Int(Self.rereadBackoff.prefix(failure.attempts - 1).reduce(0, +))
            return await finish(
                plan, .refused,
                .unreadable(
                    group: plan.request.group, tries: failure.attempts, waited: waited,
                    reason: SourceFailure(failure.error).message), requestID: nil)
        } catch {
            return await finish(
                plan, .refused,
                .unreadable(group: plan.request.group, tries: 1, waited: 0, reason: SourceFailure(error).message),
                requestID: nil)
        }
        guard current == plan.before else {
            // Who moved it is read from the group's newest activity; an unreadable one is only unnamed.
            let newest = try? await client.send(
                AutoScaling.DescribeScalingActivities(groupName: plan.request.group, maxRecords: 1))
            let mover = newest?.activities.first.map { ScalingMover(cause: $0.cause) }
            return await finish(
                plan, .refused, .moved(group: plan.request.group, to: current, by: mover), requestID: nil)
        }
        do {
            let requestID = try await send(plan, client: client)
            return await finish(plan, .applied, .applied(from: plan.before, to: plan.after), requestID: requestID)
        } catch let error as AWSError where error.transportError != nil {
            // No answer: the change may or may not have been made. Look instead of guessing or resending.
            let after = try? await limits(of: plan.request.group, client: client)
            if after == plan.after {
                return await finish(plan, .applied, .appliedWithoutReply(plan.after), requestID: nil)
            }
            return await finish(
                plan, .failed, .failedWithoutReply(reason: error.description, groupNow: after), requestID: nil)
        } catch let error as AWSError {
            return await finish(
                plan, .failed, .awsError(code: error.code, message: error.message), requestID: error.requestID)
        } catch {
            return await finish(plan, .failed, .failed(reason: SourceFailure(error).message), requestID: nil)
        }
    }

    /// A read of the group that failed, after `attempts` tries.
    struct RereadFailure: Error {
        var error: any Error
        var attempts: Int
    }

    /// Reads the group's limits before a change; a throttled read is tried again after each pause of
    /// `rereadBackoff` (the client's own retries come first), since on launch day the Auto Scaling
    /// throttle is shared with every console and script of the account.
    private func rereadLimits(of group: String, client: AWSClient) async throws -> ScalingLimits? {
        var attempt = 1
        while true {
            do {
                return try await limits(of: group, client: client)
            } catch {
                guard AWSErrorClassifier.category(of: error) == .throttling, attempt <= Self.rereadBackoff.count else {
                    throw RereadFailure(error: error, attempts: attempt)
                }
                await sleep(Self.rereadBackoff[attempt - 1])
                attempt += 1
            }
        }
    }

    private func limits(of group: String, client: AWSClient) async throws -> ScalingLimits? {
        let reply = try await client.send(AutoScaling.DescribeAutoScalingGroups(names: [group]))
        return reply.groups.first { $0.name == group }.map {
            ScalingLimits(min: $0.minSize, max: $0.maxSize, desired: $0.desiredCapacity)
        }
    }

    private func send(_ plan: ScalingPlan, client: AWSClient) async throws -> String? {
        let request = plan.request
        if request.min == nil && request.max == nil, let desired = request.desired {
            return try await client.send(
                AutoScaling.SetDesiredCapacity(
                    groupName: request.group, desiredCapacity: desired,
                    honorCooldown: false)
            ).requestID
        }
        return try await client.send(
            AutoScaling.UpdateAutoScalingGroup(
                groupName: request.group, minSize: request.min, maxSize: request.max, desiredCapacity: request.desired)
        ).requestID
    }

    private func finish(_ plan: ScalingPlan, _ result: ScalingResult, _ detail: ScalingDetail, requestID: String?) async
        -> ScalingOutcome
    {
        let stamp = await stamp.resolved()
        let record = AuditRecord(
            time: stamp.clock(), caller: stamp.caller, profile: stamp.profile, region: plan.region,
            group: plan.request.group,
            before: plan.before, after: plan.after, result: result, detail: detail, requestID: requestID,
            origin: stamp.origin, wallTime: stamp.wallClock?())
        var auditError: AuditWriteFailure?
        do {
            try audit.append(record)
        } catch {
            auditError = error
        }
        return ScalingOutcome(
            result: result, detail: detail, requestID: requestID, record: record, auditError: auditError)
    }
}
