import AWSCore
import AWSServices
import DashboardModel
import FlightdeckPlatform
import Foundation

/// What happened to a schedule, or to the deletion of a scheduled action.
public struct ScheduleOutcome: Sendable, Equatable {
    /// Scheduled, deleted, refused (nothing was sent) or failed.
    public var result: ScalingResult
    /// The audit records written, one per entry tried.
    public var records: [AuditRecord]
    /// The start's name when it was scheduled but its end failed: it stays until deleted.
    public var unfinishedStart: String?
    /// Why an audit record could not be written (the outcome is reported as it happened).
    public var auditError: AuditWriteFailure?

    /// What happened to each entry tried, in order: its record's detail.
    public var details: [ScalingDetail] { records.map(\.detail) }
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
        var outcome = ScheduleOutcome(result: .scheduled, records: [])
        let group = plan.request.group
        guard plan.isApplicable, let client = clients[plan.change.region] else {
            let why: ScalingDetail =
                plan.isApplicable
                ? .scheduleNoClient(region: plan.change.region) : .scheduleRefused(plan.change.refusals, plan.problems)
            record(&outcome, plan, entry: plan.entries[0], result: .refused, detail: why, requestID: nil)
            return outcome
        }
        // Names are checked again just before: a put on an existing name would replace that action.
        if let existing = try? await client.send(
            AutoScaling.DescribeScheduledActions(groupName: group, names: plan.entries.map(\.name))),
            let clash = existing.actions.first
        {
            record(
                &outcome, plan, entry: plan.entries[0], result: .refused,
                detail: .nameTaken(group: group, name: clash.name), requestID: nil)
            return outcome
        }
        for entry in plan.entries {
            let put = AutoScaling.PutScheduledUpdateGroupAction(
                groupName: group, actionName: entry.name, startTime: entry.time,
                minSize: entry.min, maxSize: entry.max, desiredCapacity: entry.desired)
            do {
                let reply = try await client.send(put)
                record(
                    &outcome, plan, entry: entry, result: .scheduled, detail: .scheduled(name: entry.name),
                    requestID: reply.requestID)
            } catch let error as AWSError where error.transportError != nil {
                let listed = try? await client.send(
                    AutoScaling.DescribeScheduledActions(groupName: group, names: [entry.name]))
                if listed?.actions.contains(where: { $0.name == entry.name }) == true {
                    record(
                        &outcome, plan, entry: entry, result: .scheduled,
                        detail: .scheduledWithoutReply(name: entry.name),
                        requestID: nil)
                    continue
                }
                record(
                    &outcome, plan, entry: entry, result: .failed,
                    detail: .scheduleFailedWithoutReply(reason: error.description),
                    requestID: nil)
                return stopped(outcome, plan, after: entry)
            } catch let error as AWSError {
                record(
                    &outcome, plan, entry: entry, result: .failed,
                    detail: .awsError(code: error.code, message: error.message),
                    requestID: error.requestID)
                return stopped(outcome, plan, after: entry)
            } catch {
                record(
                    &outcome, plan, entry: entry, result: .failed,
                    detail: .failed(reason: SourceFailure(error).message),
                    requestID: nil)
                return stopped(outcome, plan, after: entry)
            }
        }
        return outcome
    }

    private func remove(_ name: String, group: String, region: String, limits: ScalingLimits, time: Date?) async
        -> ScheduleOutcome
    {
        var outcome = ScheduleOutcome(result: .deleted, records: [])
        func note(_ result: ScalingResult, _ detail: ScalingDetail, _ requestID: String?) {
            outcome.result = result
            write(
                &outcome,
                AuditRecord(
                    time: stamp.clock(), caller: stamp.caller, profile: stamp.profile, region: region, group: group,
                    before: limits,
                    after: limits, result: result, detail: detail, requestID: requestID, origin: stamp.origin,
                    wallTime: stamp.wallClock?()), name: name, at: time)
        }
        guard let client = clients[region] else {
            note(.refused, .deletionNoClient(region: region), nil)
            return outcome
        }
        do {
            let reply = try await client.send(AutoScaling.DeleteScheduledAction(groupName: group, actionName: name))
            note(.deleted, .deleted(name: name, group: group), reply.requestID)
        } catch let error as AWSError {
            note(.failed, .awsError(code: error.code, message: error.message), error.requestID)
        } catch {
            note(.failed, .failed(reason: SourceFailure(error).message), nil)
        }
        return outcome
    }

    /// The outcome after `entry` failed: when the start went through, names it (it stays until deleted).
    private func stopped(_ outcome: ScheduleOutcome, _ plan: SchedulePlan, after entry: ScheduledEntry)
        -> ScheduleOutcome
    {
        var outcome = outcome
        outcome.result = .failed
        if entry != plan.entries[0] { outcome.unfinishedStart = plan.entries[0].name }
        return outcome
    }

    private func record(
        _ outcome: inout ScheduleOutcome, _ plan: SchedulePlan, entry: ScheduledEntry, result: ScalingResult,
        detail: ScalingDetail, requestID: String?
    ) {
        if result != .scheduled { outcome.result = result }
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
            outcome.auditError = error
        }
    }
}
