import Collectors
import DashboardModel
import Foundation
import Testing

/// The audit file's words for every detail: the format is fixed, so each case's line is pinned byte for byte.
@Suite struct AuditFormatTests {
    static let before = ScalingLimits(min: 1, max: 2, desired: 1)
    static let after = ScalingLimits(min: 1, max: 2, desired: 2)
    static let throttled = "Auto Scaling DescribeAutoScalingGroups: Throttling (HTTP 400): Rate exceeded"
    static let noReply = "Auto Scaling SetDesiredCapacity: no reply within 10 s"
    static let launchSuspended =
        "Launch is suspended on g: a higher desired capacity would launch nothing "
        + "(resume it first: aws autoscaling resume-processes --scaling-processes Launch)"

    /// Every detail and the words the file has always held for it.
    static let cases: [(ScalingDetail, String)] = [
        (
            .refused([
                .negative(.min, -1), .negative(.max, -2), .negative(.desired, -3), .minAboveMax(min: 30, max: 20),
                .desiredOutsideLimits(desired: 40, min: 30, max: 20), .nothingChanges, .launchSuspended(group: "g")
            ]),
            "not applied: min cannot be negative (-1); max cannot be negative (-2); desired cannot be negative (-3); "
                + "min 30 is above max 20; desired 40 is outside min..max 30..20; nothing changes; " + launchSuspended
        ),
        (.noClient(region: "eu-west-3"), "not applied: no client for region eu-west-3"),
        (.groupGone(group: "g"), "not applied: group g no longer exists"),
        (
            .unreadable(group: "g", tries: 4, waited: 7, reason: throttled),
            "not applied: g could not be read before the change (4 tries over 7 s), so nothing was sent: " + throttled
        ),
        (
            .unreadable(group: "g", tries: 1, waited: 0, reason: throttled),
            "not applied: g could not be read before the change, so nothing was sent: " + throttled
        ),
        (
            .moved(group: "g", to: after, by: .policy("cpu70")),
            "not applied: g changed since the dialog opened (now min 1 desired 2 max 2), moved by policy cpu70"
        ),
        (
            .moved(group: "g", to: after, by: .scheduledAction),
            "not applied: g changed since the dialog opened (now min 1 desired 2 max 2), moved by a scheduled action"
        ),
        (
            .moved(group: "g", to: after, by: .userRequest),
            "not applied: g changed since the dialog opened (now min 1 desired 2 max 2), "
                + "moved by a user request (the console, a script or another operator)"
        ),
        (
            .moved(group: "g", to: after, by: .healthReplacement),
            "not applied: g changed since the dialog opened (now min 1 desired 2 max 2), "
                + "moved by a health check replacement"
        ),
        (
            .moved(group: "g", to: after, by: .unknown),
            "not applied: g changed since the dialog opened (now min 1 desired 2 max 2), "
                + "moved by something the activity log does not name"
        ),
        (
            .moved(group: "g", to: after, by: nil),
            "not applied: g changed since the dialog opened (now min 1 desired 2 max 2)"
        ),
        (.applied(from: before, to: after), "applied: min 1 desired 1 max 2 → min 1 desired 2 max 2"),
        (
            .appliedWithoutReply(after),
            "applied (no reply, confirmed by reading the group again): min 1 desired 2 max 2"
        ),
        (
            .failedWithoutReply(reason: noReply, groupNow: before),
            "failed: \(noReply); the group reads min 1 desired 1 max 2, not resent"
        ),
        (
            .failedWithoutReply(reason: noReply, groupNow: nil),
            "failed: \(noReply); the group reads unknown, not resent"
        ),
        (
            .awsError(code: "ValidationError", message: "New SetDesiredCapacity value 25 is above max value 20."),
            "failed: ValidationError: New SetDesiredCapacity value 25 is above max value 20."
        ),
        (.failed(reason: "credentials expired"), "failed: credentials expired"),
        (
            .scheduleRefused(
                [.minAboveMax(min: 30, max: 20)],
                [
                    .startNotInFuture(Date(timeIntervalSince1970: 0)),
                    .untilNotAfterStart(until: Date(timeIntervalSince1970: 0), start: Date(timeIntervalSince1970: 60)),
                    .nameTaken("p")
                ]),
            "not scheduled: min 30 is above max 20; the start is not in the future; the end is not after the start; "
                + "a scheduled action named p exists already"
        ),
        (.scheduleNoClient(region: "eu-west-3"), "not scheduled: no client for region eu-west-3"),
        (.nameTaken(group: "g", name: "p"), "not scheduled: g has a scheduled action named p already"),
        (.scheduled(name: "p"), "scheduled p"),
        (.scheduledWithoutReply(name: "p"), "scheduled p (no reply, confirmed by listing it)"),
        (.scheduleFailedWithoutReply(reason: noReply), "failed: \(noReply); not resent"),
        (.deletionNoClient(region: "eu-west-3"), "not deleted: no client for region eu-west-3"),
        (.deleted(name: "p", group: "g"), "deleted scheduled action p of g"),
        (.recorded("applied (as an older version wrote it)"), "applied (as an older version wrote it)")
    ]

    func temporaryAuditLog() -> AuditLog {
        AuditLog(
            path: FileManager.default.temporaryDirectory.appendingPathComponent(
                "flightdeck-audit-\(UUID().uuidString)/audit.jsonl"
            ).path)
    }

    @Test(arguments: AuditFormatTests.cases)
    func eachDetailWritesItsWords(_ detail: ScalingDetail, _ words: String) throws {
        let audit = temporaryAuditLog()
        try audit.append(
            AuditRecord(
                time: Date(timeIntervalSince1970: 0), caller: nil, profile: nil, region: "us-east-1", group: "g",
                before: Self.before, after: Self.after, result: .refused, detail: detail, requestID: nil, origin: .cli))
        let line =
            #"{"after":{"desired":2,"max":2,"min":1},"before":{"desired":1,"max":2,"min":1},"detail":""# + words
            + #"","group":"g","origin":"cli","region":"us-east-1","result":"refused","time":"1970-01-01T00:00:00Z"}"#
        #expect(try String(contentsOfFile: audit.path, encoding: .utf8) == line + "\n")
        #expect(AuditText.detail(detail) == words)
        #expect(try audit.records().map(\.detail) == [.recorded(words)], "read back as the file's words")
    }
}
