import DashboardModel
import DashboardRender
import Foundation
import Testing

private let before = ScalingLimits(min: 1, max: 2, desired: 1)
private let after = ScalingLimits(min: 1, max: 2, desired: 2)
private let reason = "Auto Scaling SetDesiredCapacity: no reply within 10 s"
private let scaleUsage = "usage: :scale GROUP [min=N] [max=N] [desired=N]"
private let prewarmUsage = "usage: :prewarm GROUP min N [max M] [desired D] at TIME [until TIME]"

private let refusalWords: [(ScalingRefusal, String)] = [
    (.negative(.min, -1), "min cannot be negative (-1)"),
    (.negative(.max, -2), "max cannot be negative (-2)"),
    (.negative(.desired, -3), "desired cannot be negative (-3)"),
    (.minAboveMax(min: 30, max: 20), "min 30 is above max 20"),
    (.desiredOutsideLimits(desired: 4, min: 8, max: 20), "desired 4 is outside min..max 8..20"),
    (.nothingChanges, "nothing changes"),
    (
        .launchSuspended(group: "web-asg"),
        "Launch is suspended on web-asg: a higher desired capacity would launch nothing "
            + "(resume it first: aws autoscaling resume-processes --scaling-processes Launch)"
    )
]

private let detailWords: [(ScalingDetail, String)] = [
    (
        .refused([.nothingChanges, .launchSuspended(group: "g")]),
        "not applied: nothing changes; Launch is suspended on g: a higher desired capacity would launch nothing (resume it first: aws autoscaling resume-processes --scaling-processes Launch)"
    ),
    (.noClient(region: "eu-west-3"), "not applied: no client for region eu-west-3"),
    (.groupGone(group: "g"), "not applied: group g no longer exists"),
    (
        .unreadable(group: "g", tries: 4, waited: 7, reason: "Throttling"),
        "not applied: g could not be read before the change (4 tries over 7 s), so nothing was sent: Throttling"
    ),
    (
        .unreadable(group: "g", tries: 1, waited: 0, reason: "Throttling"),
        "not applied: g could not be read before the change, so nothing was sent: Throttling"
    ),
    (
        .moved(group: "g", to: after, by: .policy("cpu70")),
        "not applied: g changed since the dialog opened (now min 1 desired 2 max 2), moved by policy cpu70"
    ),
    (
        .moved(group: "g", to: after, by: .userRequest),
        "not applied: g changed since the dialog opened (now min 1 desired 2 max 2), "
            + "moved by a user request (the console, a script or another operator)"
    ),
    (
        .moved(group: "g", to: after, by: nil),
        "not applied: g changed since the dialog opened (now min 1 desired 2 max 2)"
    ),
    (.applied(from: before, to: after), "applied: min 1 desired 1 max 2 → min 1 desired 2 max 2"),
    (.appliedWithoutReply(after), "applied (no reply, confirmed by reading the group again): min 1 desired 2 max 2"),
    (
        .failedWithoutReply(reason: reason, groupNow: before),
        "failed: \(reason); the group reads min 1 desired 1 max 2, not resent"
    ),
    (.failedWithoutReply(reason: reason, groupNow: nil), "failed: \(reason); the group reads unknown, not resent"),
    (.awsError(code: "LimitExceeded", message: "too many actions"), "failed: LimitExceeded: too many actions"),
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
    (.scheduleFailedWithoutReply(reason: reason), "failed: \(reason); not resent"),
    (.deletionNoClient(region: "eu-west-3"), "not deleted: no client for region eu-west-3"),
    (.deleted(name: "p", group: "g"), "deleted scheduled action p of g"),
    (.recorded("as the file says"), "as the file says")
]

private let auditFailureWords: [(AuditWriteFailure, String)] = [
    (.cannotEncode(reason: "bad date"), "audit log: bad date"),
    (.cannotCreateFolder(path: "/s", reason: "Permission denied"), "audit log: cannot create /s: Permission denied"),
    (.cannotOpen(path: "/s/a", reason: "Permission denied"), "audit log: cannot open /s/a: Permission denied"),
    (
        .shortWrite(path: "/s/a", reason: "No space left on device"),
        "audit log: short write to /s/a: No space left on device"
    ),
    (.cannotSync(path: "/s/a", reason: "I/O error"), "audit log: cannot sync /s/a: I/O error")
]

private let commandLineWords: [(CommandLineError, String)] = [
    (.empty, "empty command; try :help"),
    (
        .unknownCommand("frobnicate"),
        "unknown command 'frobnicate'; commands: scale, prewarm, theme, region, filter, fault, help, quit"
    ),
    (.usage(.theme), "usage: :theme NAME"),
    (.usage(.region), "usage: :region REGION[,REGION...]"),
    (.usage(.fault), "usage: :fault KIND [ARGUMENT], e.g. :fault rds-failover"),
    (.usage(.scale), scaleUsage),
    (.usage(.prewarm), prewarmUsage),
    (.notNameEqualsNumber("desired=three"), "'desired=three' is not NAME=NUMBER; " + scaleUsage),
    (.unknownLimit("size"), "unknown limit 'size'; " + scaleUsage),
    (.limitNeedsNumber(.min), "'min' needs a number; " + prewarmUsage),
    (.givenTwice("at"), "'at' is given twice; " + prewarmUsage),
    (.unexpected("09:00"), "unexpected '09:00'; " + prewarmUsage),
    (.noStartTime, "no start time; " + prewarmUsage),
    (.noLimit, "give at least one of min, max, desired; " + prewarmUsage),
    (.noTimeAfterUntil, "no time after 'until'; " + prewarmUsage)
]

/// The words of what became of a change, of each planner refusal and of each `:` line error, made from typed values.
@Suite struct ScalingDetailTextTests {
    @Test(arguments: refusalWords)
    func eachRefusalHasItsWords(_ refusal: ScalingRefusal, _ words: String) {
        #expect(ScalingPlanText.refusal(refusal) == words)
    }

    @Test func aPlanAndASchedulePrefixTheirRefusals() {
        let group = AutoScalingGroupStatus(
            name: "web-asg", region: "us-east-1", min: 2, max: 20, desired: 6, zones: ["us-east-1a"], instances: [],
            activities: [], policies: [])
        let plan = ScalingPlanner.plan(ScalingRequest(group: "web-asg", min: 30), group: group, prices: .bundled)
        #expect(plan.refusals == [.minAboveMax(min: 30, max: 20)])
        #expect(ScalingPlanText.lines(plan).last == "cannot apply: min 30 is above max 20")
        let now = Date(timeIntervalSince1970: 0)
        let schedule = SchedulePlanner.plan(
            ScheduleRequest(group: "web-asg", min: 30, at: now.addingTimeInterval(600)), group: group,
            prices: .bundled, now: now)
        #expect(
            ScheduleText.planLines(schedule, now: now, timeZone: TimeZone(secondsFromGMT: 0) ?? .current).last
                == "cannot schedule: min 30 is above max 20")
    }

    @Test(arguments: detailWords)
    func eachDetailHasItsLine(_ detail: ScalingDetail, _ words: String) {
        #expect(ScalingDetailText.line(detail) == words)
    }

    @Test(arguments: auditFailureWords)
    func eachAuditFailureHasItsWords(_ failure: AuditWriteFailure, _ words: String) {
        #expect(ScalingDetailText.auditFailure(failure) == words)
    }

    @Test func aScheduleNoticeSaysEachEntryAndTheStartLeftBehind() {
        let notice = NoticeText.words(
            .scheduled(
                group: "web-asg", .failed,
                details: [.scheduled(name: "p"), .awsError(code: "LimitExceeded", message: "too many")],
                unfinishedStart: "p", auditError: .cannotOpen(path: "/s/a", reason: "Permission denied")),
            now: Date(timeIntervalSince1970: 0), timeZone: TimeZone(secondsFromGMT: 0) ?? .current)
        #expect(notice.title == "web-asg: failed")
        #expect(
            notice.lines == [
                "scheduled p", "failed: LimitExceeded: too many",
                "the start p is scheduled but its end is not: delete it (flightdeck schedule web-asg --delete p) "
                    + "or schedule the end again",
                "audit log: cannot open /s/a: Permission denied"
            ])
    }

    @Test(arguments: commandLineWords)
    func eachCommandLineErrorHasItsWords(_ error: CommandLineError, _ words: String) {
        #expect(CommandLineText.message(error) == words)
        #expect(
            NoticeText.words(.command(error), now: Date(timeIntervalSince1970: 0), timeZone: .current)
                == ("Command", [words]))
    }
}
