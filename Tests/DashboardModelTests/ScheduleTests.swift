import DashboardModel
import Foundation
import Testing

/// Scheduled actions in the model: the times a pre-warm takes, its plan, and the check that an action
/// will override a change.
@Suite struct ScheduleTests {
    static let paris = TimeZone(identifier: "Europe/Paris") ?? .current
    static let utc = TimeZone(secondsFromGMT: 0) ?? .current
    /// 2027-01-15T08:00:00Z, a Friday morning in winter (Paris is UTC+1).
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    func iso(_ text: String) -> Date? { try? Date(text, strategy: .iso8601) }

    @Test func timesAreLocalUnlessTheyCarryAZone() throws {
        let today = try ScheduleTime.parse("14:30", now: Self.now, timeZone: Self.paris)
        #expect(today == iso("2027-01-15T13:30:00Z"), "HH:MM is today, local")
        #expect(
            try ScheduleTime.parse("2027-01-16 09:05", now: Self.now, timeZone: Self.paris)
                == iso("2027-01-16T08:05:00Z"))
        #expect(
            try ScheduleTime.parse("2027-01-16T09:05:30", now: Self.now, timeZone: Self.paris)
                == iso("2027-01-16T08:05:30Z"))
        #expect(
            try ScheduleTime.parse("2027-01-16T09:05Z", now: Self.now, timeZone: Self.paris)
                == iso("2027-01-16T09:05:00Z"))
        #expect(
            try ScheduleTime.parse("2027-01-16T09:05:00+02:00", now: Self.now, timeZone: Self.paris)
                == iso("2027-01-16T07:05:00Z"))
        #expect(try ScheduleTime.parse("14:30 UTC", now: Self.now, timeZone: Self.paris) == iso("2027-01-15T14:30:00Z"))
        #expect(
            try ScheduleTime.parse("14:30 America/New_York", now: Self.now, timeZone: Self.paris)
                == iso("2027-01-15T19:30:00Z"))
        for bad in ["25:00", "14h30", "2027-02-30 10:00", "tomorrow", "", "10:61", "2027-1-5 10:00"] {
            #expect(throws: ScheduleTime.ParseError.self, "\(bad)") {
                try ScheduleTime.parse(bad, now: Self.now, timeZone: Self.paris)
            }
        }
    }

    @Test func aPlanHasAStartAndAnEndThatPutsTheCurrentValuesBack() throws {
        let group = Fixtures.group(min: 2, max: 20, desired: 2)
        let at = Self.now.addingTimeInterval(3_600)
        let plan = SchedulePlanner.plan(
            ScheduleRequest(group: "web-asg", min: 6, at: at, until: at.addingTimeInterval(4 * 3_600)),
            group: group, prices: .bundled, now: Self.now)
        #expect(plan.isApplicable, "\(plan.problems) \(plan.change.refusals)")
        #expect(
            plan.entries == [
                ScheduledEntry(name: "flightdeck-prewarm-20270115T0900Z", time: at, min: 6),
                ScheduledEntry(
                    name: "flightdeck-prewarm-20270115T0900Z-until", time: at.addingTimeInterval(4 * 3_600), min: 2)
            ])
        #expect(plan.change.after == ScalingLimits(min: 6, max: 20, desired: 6), "AWS pulls desired up to the new min")
        #expect((plan.change.costDeltaPerHour ?? 0) > 0, "priced per hour while it holds")
    }

    @Test func aPastStartAnEndBeforeItATakenNameAndBadLimitsAreRefused() {
        var group = Fixtures.group(min: 2, max: 20, desired: 2)
        group.scheduledActions = [
            ScheduledActionSummary(
                name: "flightdeck-prewarm-20270115T0900Z", time: Self.now.addingTimeInterval(3_600), min: 4)
        ]
        let at = Self.now.addingTimeInterval(3_600)
        let taken = SchedulePlanner.plan(
            ScheduleRequest(group: "web-asg", min: 6, at: at), group: group, prices: .bundled, now: Self.now)
        #expect(taken.problems == [.nameTaken("flightdeck-prewarm-20270115T0900Z")])
        let past = SchedulePlanner.plan(
            ScheduleRequest(
                group: "web-asg", min: 6, at: Self.now.addingTimeInterval(-60),
                until: Self.now.addingTimeInterval(-120)), group: group, prices: .bundled, now: Self.now)
        #expect(past.problems.contains(.startNotInFuture(Self.now.addingTimeInterval(-60))))
        #expect(
            past.problems.contains(
                .untilNotAfterStart(until: Self.now.addingTimeInterval(-120), start: Self.now.addingTimeInterval(-60))))
        let aboveMax = SchedulePlanner.plan(
            ScheduleRequest(group: "web-asg", min: 30, at: at), group: group, prices: .bundled, now: Self.now)
        #expect(
            !aboveMax.isApplicable && aboveMax.change.refusals == [.minAboveMax(min: 30, max: 20)],
            "refused before any request"
        )
    }

    @Test func aScheduledActionWithinTheHourThatSetsOtherLimitsOverridesAChange() {
        var group = Fixtures.group(min: 2, max: 20, desired: 4)
        group.scheduledActions = [
            ScheduledActionSummary(name: "soon", time: Self.now.addingTimeInterval(1_200), min: 2, max: 10),
            ScheduledActionSummary(name: "same", time: Self.now.addingTimeInterval(600), max: 20),
            ScheduledActionSummary(name: "later", time: Self.now.addingTimeInterval(7_200), min: 1)
        ]
        let plan = ScalingPlanner.plan(
            ScalingRequest(group: "web-asg", desired: 12), group: group, prices: .bundled, now: Self.now)
        #expect(
            plan.scheduledOverrides.map(\.name) == ["soon"],
            "within the hour and setting other limits than the change's")
        #expect(plan.isApplicable, "a warning, not a refusal")
        let unplanned = ScalingPlanner.plan(
            ScalingRequest(group: "web-asg", desired: 12), group: group, prices: .bundled)
        #expect(unplanned.scheduledOverrides.isEmpty, "no time, no check")
        group.scheduledActionsKnown = false
        group.scheduledActions = []
        #expect(
            ScalingPlanner.plan(
                ScalingRequest(group: "web-asg", desired: 12), group: group, prices: .bundled, now: Self.now
            )
            .scheduledActionsUnknown)
    }
}
