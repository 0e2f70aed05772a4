import DashboardModel
import Foundation
import Testing

@Suite struct FailoverTrackerTests {
    @Test func eventsDriveStartedThenCompleted() {
        let before = Fixtures.database()
        let started = FailoverTracker.advance(
            previous: before, current: Fixtures.database(),
            events: [Fixtures.event("RDS-EVENT-0013", at: 10)], now: Fixtures.at(15))
        #expect(started == .inProgress(startedAt: Fixtures.at(10)))
        var running = Fixtures.database()
        running.failover = started
        let swapped = Fixtures.database(primary: "us-east-1b", secondary: "us-east-1a")
        let done = FailoverTracker.advance(
            previous: running, current: swapped,
            events: [Fixtures.event("RDS-EVENT-0013", at: 10), Fixtures.event("RDS-EVENT-0015", at: 95)],
            now: Fixtures.at(100))
        #expect(done == .completed(startedAt: Fixtures.at(10), completedAt: Fixtures.at(95)))
        #expect(done.completedAt.map { $0.timeIntervalSince(Fixtures.at(10)) } == 85)
    }

    @Test func replayingTheSameEventsChangesNothing() {
        var database = Fixtures.database(primary: "us-east-1b", secondary: "us-east-1a")
        database.failover = .completed(startedAt: Fixtures.at(10), completedAt: Fixtures.at(95))
        let again = FailoverTracker.advance(
            previous: database, current: Fixtures.database(primary: "us-east-1b", secondary: "us-east-1a"),
            events: [Fixtures.event("RDS-EVENT-0013", at: 10), Fixtures.event("RDS-EVENT-0049", at: 95)],
            now: Fixtures.at(400))
        #expect(again == database.failover)
    }

    @Test func zonesSwappingWithoutEventsIsACompletedFailover() {
        let state = FailoverTracker.advance(
            previous: Fixtures.database(), current: Fixtures.database(primary: "us-east-1b", secondary: "us-east-1a"),
            events: [], now: Fixtures.at(60))
        #expect(state == .completed(startedAt: nil, completedAt: Fixtures.at(60)))
    }

    @Test func inProgressThenSwapWithoutCompletionEventCompletesAtThePoll() {
        var running = Fixtures.database()
        running.failover = .inProgress(startedAt: Fixtures.at(10))
        let state = FailoverTracker.advance(
            previous: running, current: Fixtures.database(primary: "us-east-1b", secondary: "us-east-1a"),
            events: [], now: Fixtures.at(80))
        #expect(state == .completed(startedAt: Fixtures.at(10), completedAt: Fixtures.at(80)))
    }

    @Test func notAttemptedIsFailedWithAWSMessage() {
        let state = FailoverTracker.advance(
            previous: Fixtures.database(), current: Fixtures.database(),
            events: [Fixtures.event("RDS-EVENT-0034", at: 5)], now: Fixtures.at(6))
        #expect(state == .failed(at: Fixtures.at(5), reason: "event RDS-EVENT-0034"))
    }

    @Test func auroraWriterChangeAndFailingOverStatus() {
        func cluster(writer: String, status: String = "available") -> DatabaseStatus {
            DatabaseStatus(
                id: "shop-db", region: "us-east-1", engine: "aurora-postgresql", status: status, multiAZ: true,
                primaryZone: nil, secondaryZone: nil, isCluster: true,
                members: [
                    ClusterMember(id: "one", isWriter: writer == "one"),
                    ClusterMember(id: "two", isWriter: writer == "two")
                ])
        }
        let failing = FailoverTracker.advance(
            previous: cluster(writer: "one"), current: cluster(writer: "one", status: "failing-over"),
            events: [], now: Fixtures.at(3))
        #expect(failing == .inProgress(startedAt: Fixtures.at(3)))
        var running = cluster(writer: "one", status: "failing-over")
        running.failover = failing
        let done = FailoverTracker.advance(
            previous: running, current: cluster(writer: "two"), events: [], now: Fixtures.at(40))
        #expect(done == .completed(startedAt: Fixtures.at(3), completedAt: Fixtures.at(40)))
    }
}
