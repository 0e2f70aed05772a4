import AWSCore
import AWSServices
import DashboardModel
import FlightdeckPlatform
import Foundation

/// What happened to a schedule, or to the deletion of a scheduled action.
public struct ScheduleOutcome: Sendable, Equatable {
    /// Scheduled, deleted, refused (nothing was sent) or failed.
    public var result: ScalingResult
    /// One line per entry for the operator.
    public var lines: [String]
    /// The audit records written, one per entry tried.
    public var records: [AuditRecord]
    /// Writing an audit record failed (the outcome is reported as it happened).
    public var auditError: String?
}

/// Sends a confirmed schedule's entries once each, and deletes scheduled actions, writing an audit
/// record for each. A put whose reply is lost is settled by listing the action, never by resending.
public struct ScheduleExecutor: Sendable {
    /// The client of each region.
    public let clients: [String: AWSClient]
    /// Where records go.
    public let audit: AuditLog
    /// Who, from where and when, for the records.
    public let stamp: AuditStamp

    /// Creates an executor; `clock` stamps the records (the simulation's under the demo, with `wallClock` beside it).
    public init(
        clients: [String: AWSClient], audit: AuditLog, caller: String?, profile: String?, origin: AuditOrigin,
        clock: @escaping Platform.Clock = Platform.systemClock, wallClock: Platform.Clock? = nil,
        callerLookup: (@Sendable () async -> String?)? = nil
    ) {
        self.init(
            clients: clients, audit: audit,
            stamp: AuditStamp(
                caller: caller, profile: profile, origin: origin, clock: clock, wallClock: wallClock,
                callerLookup: callerLookup))
    }

    /// Creates an executor that stamps its records with `stamp`.
    public init(clients: [String: AWSClient], audit: AuditLog, stamp: AuditStamp) {
        self.clients = clients
        self.audit = audit
        self.stamp = stamp
    }

    /// Puts `plan`'s entries in order; stops at the first that fails (the start's failure sends nothing more).
    public func create(_ plan: SchedulePlan) async -> ScheduleOutcome {
        await withCaller().put(plan)
    }

    /// Deletes `name` of `group` in `region`; `limits` are the group's now, for the record.
    public func delete(_ name: String, group: String, region: String, limits: ScalingLimits, time: Date?) async
        -> ScheduleOutcome
    {
        await withCaller().remove(name, group: group, region: region, limits: limits, time: time)
    }

    /// This executor with the caller's ARN looked up, when it was not known at start.
    private func withCaller() async -> ScheduleExecutor {
        ScheduleExecutor(clients: clients, audit: audit, stamp: await stamp.resolved())
    }

    private func put(_ plan: SchedulePlan) async -> ScheduleOutcome {
        var outcome = ScheduleOutcome(result: .scheduled, lines: [], records: [])
        let group = plan.request.group
        guard plan.isApplicable, let client = clients[plan.change.region] else {
            let why =
                plan.isApplicable
                ? "no client for region \(plan.change.region)" : Self.reasons(plan).joined(separator: "; ")
            record(
                &outcome, plan, entry: plan.entries[0], result: .refused, detail: "not scheduled: \(why)",
                requestID: nil)
            return outcome
        }
        // Names are checked again just before: a put on an existing name would replace that action.
        if let existing = try? await client.send(
            AutoScaling.DescribeScheduledActions(groupName: group, names: plan.entries.map(\.name))),
            let clash = existing.actions.first
        {
            record(
                &outcome, plan, entry: plan.entries[0], result: .refused,
                detail: "not scheduled: \(group) has a scheduled action named \(clash.name) already", requestID: nil)
            return outcome
        }
        for entry in plan.entries {
            let put = AutoScaling.PutScheduledUpdateGroupAction(
                groupName: group, actionName: entry.name, startTime: entry.time,
                minSize: entry.min, maxSize: entry.max, desiredCapacity: entry.desired)
            do {
                let reply = try await client.send(put)
                record(
                    &outcome, plan, entry: entry, result: .scheduled, detail: "scheduled \(entry.name)",
                    requestID: reply.requestID)
            } catch let error as AWSError where error.transportError != nil {
                let listed = try? await client.send(
                    AutoScaling.DescribeScheduledActions(groupName: group, names: [entry.name]))
                if listed?.actions.contains(where: { $0.name == entry.name }) == true {
                    record(
                        &outcome, plan, entry: entry, result: .scheduled,
                        detail: "scheduled \(entry.name) (no reply, confirmed by listing it)",
                        requestID: nil)
                    continue
                }
                record(
                    &outcome, plan, entry: entry, result: .failed, detail: "failed: \(error.description); not resent",
                    requestID: nil)
                return stopped(outcome, plan, after: entry)
            } catch let error as AWSError {
                record(
                    &outcome, plan, entry: entry, result: .failed, detail: "failed: \(error.code): \(error.message)",
                    requestID: error.requestID)
                return stopped(outcome, plan, after: entry)
            } catch {
                record(
                    &outcome, plan, entry: entry, result: .failed, detail: "failed: \(SourceFailure(error).message)",
                    requestID: nil)
                return stopped(outcome, plan, after: entry)
            }
        }
        return outcome
    }

    private func remove(_ name: String, group: String, region: String, limits: ScalingLimits, time: Date?) async
        -> ScheduleOutcome
    {
        var outcome = ScheduleOutcome(result: .deleted, lines: [], records: [])
        func note(_ result: ScalingResult, _ detail: String, _ requestID: String?) {
            outcome.result = result
            outcome.lines.append(detail)
            write(
                &outcome,
                AuditRecord(
                    time: stamp.clock(), caller: stamp.caller, profile: stamp.profile, region: region, group: group,
                    before: limits,
                    after: limits, result: result, detail: detail, requestID: requestID, origin: stamp.origin,
                    wallTime: stamp.wallClock?()), name: name, at: time)
        }
        guard let client = clients[region] else {
            note(.refused, "not deleted: no client for region \(region)", nil)
            return outcome
        }
        do {
            let reply = try await client.send(AutoScaling.DeleteScheduledAction(groupName: group, actionName: name))
            note(.deleted, "deleted scheduled action \(name) of \(group)", reply.requestID)
        } catch let error as AWSError {
            note(.failed, "failed: \(error.code): \(error.message)", error.requestID)
        } catch {
            note(.failed, "failed: \(SourceFailure(error).message)", nil)
        }
        return outcome
    }

    /// Why a plan cannot be sent, for its audit record.
    static func reasons(_ plan: SchedulePlan) -> [String] {
        plan.change.errors
            + plan.problems.map { problem in
                switch problem {
                case .startNotInFuture: "the start is not in the future"
                case .untilNotAfterStart: "the end is not after the start"
                case let .nameTaken(name): "a scheduled action named \(name) exists already"
                }
            }
    }

    /// The outcome after `entry` failed: when the start went through, says how to undo it.
    private func stopped(_ outcome: ScheduleOutcome, _ plan: SchedulePlan, after entry: ScheduledEntry)
        -> ScheduleOutcome
    {
        var outcome = outcome
        outcome.result = .failed
        if entry != plan.entries[0] {
            outcome.lines.append(
                "the start \(plan.entries[0].name) is scheduled but its end is not: delete it "
                    + "(flightdeck schedule \(plan.request.group) --delete \(plan.entries[0].name)) or schedule the end again"
            )
        }
        return outcome
    }

    private func record(
        _ outcome: inout ScheduleOutcome, _ plan: SchedulePlan, entry: ScheduledEntry, result: ScalingResult,
        detail: String,
        requestID: String?
    ) {
        if result != .scheduled { outcome.result = result }
        outcome.lines.append(detail)
        let before = plan.change.before
        // The start's record holds the limits while it holds (AWS's move of desired included); the end's what it puts back.
        let after =
            entry == plan.entries[0]
            ? plan.change.after
            : ScalingLimits(
                min: entry.min ?? before.min, max: entry.max ?? before.max, desired: entry.desired ?? before.desired)
        write(
            &outcome,
            AuditRecord(
                time: stamp.clock(), caller: stamp.caller, profile: stamp.profile, region: plan.change.region,
                group: plan.request.group,
                before: before, after: after, result: result, detail: detail, requestID: requestID,
                origin: stamp.origin,
                wallTime: stamp.wallClock?()), name: entry.name, at: entry.time)
    }

    private func write(_ outcome: inout ScheduleOutcome, _ record: AuditRecord, name: String, at time: Date?) {
        var record = record
        record.scheduledAction = name
        record.scheduledTime = time
        outcome.records.append(record)
        do {
            try audit.append(record)
        } catch {
            outcome.auditError = "audit log: \(error)"
        }
    }
}
