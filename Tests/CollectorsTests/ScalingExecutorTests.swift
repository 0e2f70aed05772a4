import AWSCore
import Collectors
import DashboardModel
import Foundation
import SimulatorServer
import TestSupport
import Testing

/// Scaling changes against the simulator: applied once, refused when stale, audited, never resent.
@Suite struct ScalingExecutorTests {
    func temporaryAuditLog() -> AuditLog {
        AuditLog(
            path: FileManager.default.temporaryDirectory.appendingPathComponent(
                "flightdeck-audit-\(UUID().uuidString)/audit.jsonl"
            ).path)
    }

    func plan(_ account: SimulatedAccount, _ request: ScalingRequest) async throws -> ScalingPlan {
        guard case let .autoScaling(groups) = await account.collector.poll(.autoScaling), let group = groups.first
        else {
            throw CancellationError()
        }
        return ScalingPlanner.plan(request, group: group, prices: .bundled)
    }

    @Test func aConfirmedChangeIsAppliedOnceAndAudited() async throws {
        let account = SimulatedAccount()
        let audit = temporaryAuditLog()
        let executor = ScalingExecutor(
            clients: ["us-east-1": account.client], audit: audit, caller: "arn:aws:iam::123456789012:user/ops",
            profile: "prod", origin: .dashboard, clock: account.clock)
        let plan = try await plan(account, ScalingRequest(group: "web-asg", desired: 4))
        let outcome = await executor.apply(plan)
        #expect(outcome.result == .applied, "\(outcome.detail)")
        #expect(
            outcome.detail
                == .applied(
                    from: ScalingLimits(min: 2, max: 20, desired: 2), to: ScalingLimits(min: 2, max: 20, desired: 4)))
        #expect(outcome.requestID != nil)
        #expect(await account.model().group.desiredCapacity == 4)
        let records = try audit.records()
        #expect(records.count == 1)
        #expect(records.first?.before == ScalingLimits(min: 2, max: 20, desired: 2))
        #expect(records.first?.after == ScalingLimits(min: 2, max: 20, desired: 4))
        #expect(
            records.first?.caller == "arn:aws:iam::123456789012:user/ops"
                && records.first?.requestID == outcome.requestID)
        let text = try String(contentsOfFile: audit.path, encoding: .utf8)
        #expect(!text.contains(DemoAccount.secretAccessKey) && !text.contains("Signature="))

        // Applying the same plan again is refused: the group is no longer what the plan saw.
        let again = await executor.apply(plan)
        #expect(again.result == .refused)
        #expect(
            again.detail == .moved(group: "web-asg", to: ScalingLimits(min: 2, max: 20, desired: 4), by: .userRequest),
            "\(again.detail)")
        #expect(await account.model().group.desiredCapacity == 4)
        #expect(try audit.records().map(\.result) == [.applied, .refused])
    }

    @Test func minAndMaxGoThroughUpdateAutoScalingGroup() async throws {
        let account = SimulatedAccount()
        let executor = ScalingExecutor(
            clients: ["us-east-1": account.client], audit: temporaryAuditLog(), caller: nil, profile: nil,
            origin: .cli, clock: account.clock)
        let outcome = await executor.apply(try await plan(account, ScalingRequest(group: "web-asg", min: 3, max: 12)))
        #expect(outcome.result == .applied, "\(outcome.detail)")
        let group = await account.model().group
        #expect(group.minSize == 3 && group.maxSize == 12 && group.desiredCapacity == 3)
    }

    /// Loses the reply of each mutating Auto Scaling call: after the simulator applied it, or before it arrived.
    final class LosingTransport: HTTPTransport, @unchecked Sendable {
        let inner: SimulatorTransport
        let deliverFirst: Bool
        private let lock = NSLock()
        private var mutating = 0

        init(_ inner: SimulatorTransport, deliverFirst: Bool) {
            self.inner = inner
            self.deliverFirst = deliverFirst
        }

        var mutatingCalls: Int { lock.withLock { mutating } }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            let body = String(decoding: request.body, as: UTF8.self)
            guard body.contains("Action=SetDesiredCapacity") || body.contains("Action=UpdateAutoScalingGroup") else {
                return try await inner.send(request)
            }
            lock.withLock { mutating += 1 }
            if deliverFirst { _ = try await inner.send(request) }
            throw TransportError.timeout(seconds: 10)
        }
    }

    func executor(_ account: SimulatedAccount, transport: LosingTransport, audit: AuditLog) -> ScalingExecutor {
        let client = AWSClient.simulated(transport: transport, sleep: { _ in })
        return ScalingExecutor(
            clients: ["us-east-1": client], audit: audit, caller: nil, profile: nil, origin: .dashboard,
            clock: account.clock)
    }

    @Test func aLostReplyAfterTheChangeIsConfirmedByReadingTheGroupNotByResending() async throws {
        let account = SimulatedAccount()
        let audit = temporaryAuditLog()
        let transport = LosingTransport(SimulatorTransport(host: account.host), deliverFirst: true)
        let outcome = await executor(account, transport: transport, audit: audit).apply(
            try await plan(account, ScalingRequest(group: "web-asg", desired: 5)))
        #expect(outcome.result == .applied, "\(outcome.detail)")
        #expect(outcome.detail == .appliedWithoutReply(ScalingLimits(min: 2, max: 20, desired: 5)))
        #expect(transport.mutatingCalls == 1, "a mutating call is never resent")
        #expect(await account.model().group.desiredCapacity == 5)
        #expect(try audit.records().map(\.result) == [.applied])
    }

    @Test func aLostRequestIsReportedFailedAndNotResent() async throws {
        let account = SimulatedAccount()
        let audit = temporaryAuditLog()
        let transport = LosingTransport(SimulatorTransport(host: account.host), deliverFirst: false)
        let outcome = await executor(account, transport: transport, audit: audit).apply(
            try await plan(account, ScalingRequest(group: "web-asg", desired: 5)))
        #expect(outcome.result == .failed, "\(outcome.detail)")
        guard case let .failedWithoutReply(reason, groupNow) = outcome.detail else {
            Issue.record("\(outcome.detail)")
            return
        }
        #expect(groupNow == ScalingLimits(min: 2, max: 20, desired: 2) && reason.contains("SetDesiredCapacity"))
        #expect(transport.mutatingCalls == 1)
        #expect(await account.model().group.desiredCapacity == 2)
        #expect(try audit.records().map(\.result) == [.failed])
    }

    @Test func awsValidationErrorsAreReportedWithTheirCode() async throws {
        let account = SimulatedAccount()
        let executor = ScalingExecutor(
            clients: ["us-east-1": account.client], audit: temporaryAuditLog(), caller: nil, profile: nil,
            origin: .cli, clock: account.clock)
        var plan = try await plan(account, ScalingRequest(group: "web-asg", desired: 4))
        // Forge a plan that skipped local validation: AWS's own check must still stop it, and say why.
        plan.request = ScalingRequest(group: "web-asg", desired: 25)
        plan.after = ScalingLimits(min: 2, max: 20, desired: 25)
        let outcome = await executor.apply(plan)
        #expect(outcome.result == .failed)
        guard case let .awsError(code, message) = outcome.detail else {
            Issue.record("\(outcome.detail)")
            return
        }
        #expect(code == "ValidationError" && message.contains("25"), "\(message)")
        #expect(await account.model().group.desiredCapacity == 2)
    }

    /// A line as existing audit files hold it: typed result and origin write the same words, and old lines still read.
    @Test func auditLinesKeepTheirFormat() throws {
        let audit = temporaryAuditLog()
        let line =
            #"{"after":{"desired":2,"max":2,"min":1},"before":{"desired":1,"max":2,"min":1},"detail":"applied: min 1 desired 1 max 2 → min 1 desired 2 max 2","#
            + #""group":"g","origin":"cli","region":"us-east-1","requestID":"r1","result":"applied","time":"1970-01-01T00:00:00Z"}"#
        let record = AuditRecord(
            time: Date(timeIntervalSince1970: 0), caller: nil, profile: nil, region: "us-east-1", group: "g",
            before: ScalingLimits(min: 1, max: 2, desired: 1), after: ScalingLimits(min: 1, max: 2, desired: 2),
            result: .applied,
            detail: .applied(
                from: ScalingLimits(min: 1, max: 2, desired: 1), to: ScalingLimits(min: 1, max: 2, desired: 2)),
            requestID: "r1",
            origin: .cli)
        try audit.append(record)
        #expect(try String(contentsOfFile: audit.path, encoding: .utf8) == line + "\n")
        try Data(
            (line + "\n"
                + line.replacingOccurrences(of: #""cli""#, with: #""dashboard""#)
                .replacingOccurrences(of: #""applied""#, with: #""refused""#) + "\n").utf8
        ).write(to: URL(fileURLWithPath: audit.path))
        #expect(try audit.records().map { "\($0.origin) \($0.result)" } == ["cli applied", "dashboard refused"])
    }

    @Test func auditLogSurvivesATornLastLine() throws {
        let audit = temporaryAuditLog()
        let record = AuditRecord(
            time: Date(timeIntervalSince1970: 0), caller: nil, profile: nil, region: "us-east-1", group: "g",
            before: ScalingLimits(min: 1, max: 2, desired: 1), after: ScalingLimits(min: 1, max: 2, desired: 2),
            result: .applied, detail: .recorded("applied"), requestID: "r1", origin: .cli)
        try audit.append(record)
        let handle = try #require(FileHandle(forWritingAtPath: audit.path))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"time":"1970-01-01T00:00:00Z","gro"#.utf8))
        try handle.close()
        try audit.append(record)
        #expect(try audit.records() == [record, record])
        let attributes = try FileManager.default.attributesOfItem(atPath: audit.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }
}
