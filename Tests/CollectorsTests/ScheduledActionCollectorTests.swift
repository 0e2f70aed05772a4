import AWSCore
import AWSServices
import Collectors
import DashboardApp
import DashboardModel
import Foundation
import TestSupport
import Testing

/// Scheduled actions through the production client against the simulator: read as an optional fact
/// for the pre-change check, created and deleted once each with an audit record.
@Suite struct ScheduledActionCollectorTests {
    func auditLog() -> AuditLog {
        AuditLog(
            path: FileManager.default.temporaryDirectory.appendingPathComponent("fd-\(UUID().uuidString)/audit.jsonl")
                .path)
    }

    @Test func anActionWithinTheHourIsReadAndWarnedAboutInThePlan() async throws {
        let account = SimulatedAccount()
        let now = await account.model().currentDate
        _ = try await account.client.send(
            AutoScaling.PutScheduledUpdateGroupAction(
                groupName: "web-asg", actionName: "nightly-down", startTime: now.addingTimeInterval(1_200), minSize: 1,
                maxSize: 4))
        guard case let .autoScaling(groups) = await account.collector.poll(.autoScaling), let group = groups.first
        else {
            throw CancellationError()
        }
        #expect(group.scheduledActionsKnown)
        #expect(
            group.scheduledActions == [
                ScheduledActionSummary(name: "nightly-down", time: now.addingTimeInterval(1_200), min: 1, max: 4)
            ])
        let plan = ScalingPlanner.plan(
            ScalingRequest(group: "web-asg", desired: 8), group: group, prices: .bundled, now: now)
        #expect(plan.scheduledOverrides.map(\.name) == ["nightly-down"])
    }

    @Test func aDeniedDescribeScheduledActionsCostsOnlyThatCheck() async throws {
        let account = SimulatedAccount(denying: ["autoscaling:DescribeScheduledActions"])
        let state = await Snapshotter.take(collector: account.collector, clock: account.clock)
        let group = try #require(state.groups.value?.first)
        #expect(!group.scheduledActionsKnown && group.scheduledActions.isEmpty)
        #expect(state.missing[.autoScaling]?.map(\.fact) == [.scheduledActions])
        #expect(state.failure(.autoScaling) == nil, "the panel stands")
        let plan = ScalingPlanner.plan(
            ScalingRequest(group: group.name, desired: group.desired + 1), group: group, prices: .bundled,
            now: state.now)
        #expect(plan.isApplicable && plan.scheduledActionsUnknown)
    }

    @Test func aScheduleIsPutOnceEntryByEntryAndDeletedEachWithARecord() async throws {
        let account = SimulatedAccount()
        guard case let .autoScaling(groups) = await account.collector.poll(.autoScaling), let group = groups.first
        else {
            throw CancellationError()
        }
        let now = await account.model().currentDate
        let audit = auditLog()
        let executor = ScheduleExecutor(
            clients: ["us-east-1": account.client], audit: audit, caller: nil, profile: nil, origin: .cli,
            clock: account.clock)
        let request = ScheduleRequest(
            group: "web-asg", min: 6, max: 20, at: now.addingTimeInterval(1_800), until: now.addingTimeInterval(7_200))
        let plan = SchedulePlanner.plan(request, group: group, prices: .bundled, now: now)
        let outcome = await executor.create(plan)
        #expect(outcome.result == .scheduled, "\(outcome.details)")
        #expect(outcome.details == plan.entries.map { .scheduled(name: $0.name) })
        let stored = await account.model().scheduledActions(of: "web-asg")
        #expect(stored.map(\.name) == plan.entries.map(\.name))
        #expect(
            stored.map(\.minSize) == [6, group.min] && stored.map(\.maxSize) == [20, group.max],
            "the end puts the values of now back")
        let again = await executor.create(plan)
        #expect(
            again.result == .refused && again.details == [.nameTaken(group: "web-asg", name: plan.entries[0].name)],
            "the names are checked again before sending: \(again.details)")
        #expect(await account.model().scheduledActions(of: "web-asg").count == 2)

        let deleted = await executor.delete(
            plan.entries[1].name, group: "web-asg", region: "us-east-1", limits: ScalingLimits(of: group),
            time: plan.entries[1].time)
        #expect(
            deleted.result == .deleted && deleted.details == [.deleted(name: plan.entries[1].name, group: "web-asg")])
        let missing = await executor.delete(
            plan.entries[1].name, group: "web-asg", region: "us-east-1", limits: ScalingLimits(of: group),
            time: nil)
        #expect(
            missing.result == .failed
                && missing.details == [.awsError(code: "ValidationError", message: "Scheduled action name not found")],
            "\(missing.details)")
        let records = try audit.records()
        #expect(records.map(\.result) == [.scheduled, .scheduled, .refused, .deleted, .failed])
        #expect(
            records.first?.scheduledAction == plan.entries[0].name
                && records.first?.scheduledTime == plan.entries[0].time)
        #expect(records.first?.after == plan.change.after && plan.change.after.min == 6)
    }

    @Test func anEndThatAWSRefusesLeavesTheStartAndSaysHowToUndoIt() async throws {
        let account = SimulatedAccount()
        let now = await account.model().currentDate
        // 124 actions: the start is the group's 125th, the end one too many (LimitExceeded).
        for index in 0..<124 {
            _ = try await account.client.send(
                AutoScaling.PutScheduledUpdateGroupAction(
                    groupName: "web-asg", actionName: "filler-\(index)",
                    startTime: now.addingTimeInterval(86_400 + Double(index) * 60), maxSize: 20))
        }
        guard case let .autoScaling(groups) = await account.collector.poll(.autoScaling), let group = groups.first
        else {
            throw CancellationError()
        }
        let audit = auditLog()
        let executor = ScheduleExecutor(
            clients: ["us-east-1": account.client], audit: audit, caller: nil, profile: nil, origin: .dashboard,
            clock: account.clock)
        let plan = SchedulePlanner.plan(
            ScheduleRequest(
                group: "web-asg", min: 4, at: now.addingTimeInterval(600), until: now.addingTimeInterval(3_600)),
            group: group, prices: .bundled, now: now)
        let outcome = await executor.create(plan)
        #expect(outcome.result == .failed)
        guard outcome.details.count == 2, case let .awsError(code, _) = outcome.details[1] else {
            Issue.record("\(outcome.details)")
            return
        }
        #expect(outcome.details[0] == .scheduled(name: plan.entries[0].name) && code == "LimitExceeded")
        #expect(outcome.unfinishedStart == plan.entries[0].name)
        #expect(try audit.records().map(\.result) == [.scheduled, .failed])
    }

    @Test func theSuspendFaultReachesThePreChangeCheck() async throws {
        let account = SimulatedAccount()
        await account.fault(#"{"kind": "suspend", "processes": ["Launch"]}"#)
        guard case let .autoScaling(groups) = await account.collector.poll(.autoScaling), let group = groups.first
        else {
            throw CancellationError()
        }
        #expect(group.suspendedProcesses == ["Launch"])
        let plan = ScalingPlanner.plan(
            ScalingRequest(group: group.name, desired: group.desired + 2), group: group, prices: .bundled)
        #expect(plan.refusals == [.launchSuspended(group: "web-asg")])
    }

    @Test func aSchedulesAuditLineKeepsItsWords() throws {
        let audit = auditLog()
        var record = AuditRecord(
            time: Date(timeIntervalSince1970: 0), caller: nil, profile: nil, region: "us-east-1", group: "g",
            before: ScalingLimits(min: 1, max: 2, desired: 1), after: ScalingLimits(min: 3, max: 4, desired: 1),
            result: .scheduled, detail: .scheduled(name: "p"), requestID: "r1", origin: .cli)
        record.scheduledAction = "p"
        record.scheduledTime = Date(timeIntervalSince1970: 3_600)
        try audit.append(record)
        let line =
            #"{"after":{"desired":1,"max":4,"min":3},"before":{"desired":1,"max":2,"min":1},"detail":"scheduled p","group":"g","#
            + #""origin":"cli","region":"us-east-1","requestID":"r1","result":"scheduled","scheduledAction":"p","#
            + #""scheduledTime":"1970-01-01T01:00:00Z","time":"1970-01-01T00:00:00Z"}"#
        #expect(try String(contentsOfFile: audit.path, encoding: .utf8) == line + "\n")
        try Data((line.replacingOccurrences(of: #""scheduled""#, with: #""deleted""#) + "\n").utf8).write(
            to: URL(fileURLWithPath: audit.path))
        #expect(try audit.records().map(\.result) == [.deleted])
    }
}
