import DashboardModel
import Foundation
import Testing

@Suite struct PollSchedulerTests {
    let intervals: [DataSource: Double] = [.autoScaling: 5, .metrics: 60]

    @Test func everySourceIsDueAtStartThenOnItsOwnInterval() {
        var scheduler = PollScheduler(intervals: intervals, start: Fixtures.start)
        #expect(scheduler.takeDue(at: Fixtures.start) == [.autoScaling, .metrics])
        scheduler.finish(.autoScaling, failure: nil, at: Fixtures.at(1))
        scheduler.finish(.metrics, failure: nil, at: Fixtures.at(1))
        #expect(scheduler.takeDue(at: Fixtures.at(5)).isEmpty)
        #expect(scheduler.takeDue(at: Fixtures.at(6)) == [.autoScaling])
        #expect(scheduler.nextWake == Fixtures.at(61))
    }

    @Test func aPollStillRunningIsNotStartedAgain() {
        var scheduler = PollScheduler(intervals: intervals, start: Fixtures.start)
        _ = scheduler.takeDue(at: Fixtures.start)
        #expect(scheduler.takeDue(at: Fixtures.at(500)).isEmpty)
        #expect(scheduler.takeAll().isEmpty)
        #expect(scheduler.isPolling(.autoScaling))
    }

    @Test func throttlingSlowsASourceDownAndSuccessBringsItBack() {
        var scheduler = PollScheduler(intervals: intervals, start: Fixtures.start)
        var time = 0.0
        var seen: [Double] = []
        for _ in 0..<4 {
            _ = scheduler.takeAll()
            scheduler.finish(.autoScaling, failure: .throttled, at: Fixtures.at(time))
            seen.append(scheduler.interval(.autoScaling) ?? 0)
            time += 1
        }
        #expect(seen == [20, 80, 80, 80], "4x per throttle, capped at 16x the base")
        scheduler.finish(.metrics, failure: .server, at: Fixtures.at(time))
        #expect(scheduler.interval(.metrics) == 120)
        for expected in [40.0, 20, 10, 5, 5] {
            _ = scheduler.takeAll()
            scheduler.finish(.autoScaling, failure: nil, at: Fixtures.at(time))
            #expect(scheduler.interval(.autoScaling) == expected)
        }
        #expect(scheduler.entries[.autoScaling]?.consecutiveFailures == 0)
    }

    @Test func backoffNeverPassesFiveMinutesUnlessTheBaseIsLonger() {
        var scheduler = PollScheduler(intervals: [.metrics: 60, .cost: 3_600], start: Fixtures.start)
        for _ in 0..<10 {
            _ = scheduler.takeAll()
            scheduler.finish(.metrics, failure: .throttled, at: Fixtures.start)
            scheduler.finish(.cost, failure: .throttled, at: Fixtures.start)
        }
        #expect(scheduler.interval(.metrics) == 300)
        #expect(scheduler.interval(.cost) == 3_600)
    }
}
