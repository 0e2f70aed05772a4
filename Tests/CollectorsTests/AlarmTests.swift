import Collectors
import DashboardModel
import DashboardRender
import Foundation
import SimulatorModel
import TestSupport
import Testing

/// CloudWatch alarms on the watched resources, from the simulator through the production client.
extension TimelineEntry {
    /// The alarm's name, state and reason, when the line is an alarm's.
    var alarm: (name: String, state: AlarmStatus.State, reason: String?)? {
        if case let .alarm(name, state, reason) = self { return (name, state, reason) }
        return nil
    }
}

@Suite struct AlarmTests {
    @Test func aTargetGroupAlarmGoesToAlarmDuringAFailoverAndTheTimelineSaysSo() async throws {
        let account = SimulatedAccount()
        var state = DashboardState(start: account.clock())
        for source in [DataSource.autoScaling, .targetHealth, .distributions, .databases] {
            _ = state.apply(.polled(source, await account.collector.poll(source), account.clock()))
        }
        await account.host.advance(seconds: 120)
        _ = state.apply(
            .polled(.metrics, await account.collector.poll(.metrics), account.clock().addingTimeInterval(120)))
        let calm = try #require(state.metrics.value?.alarms)
        #expect(Set(calm.map(\.resource)) == ["shop-web-tg", "web-asg"], "\(calm)")
        #expect(calm.allSatisfy { $0.state == .ok })
        // The database fails over: the targets answer 5xx while it is unreachable.
        await account.fault(#"{"kind": "rds-failover"}"#)
        var sawAlarm = false
        for step in 1...8 {
            await account.host.advance(seconds: 30)
            _ = state.apply(
                .polled(
                    .metrics, await account.collector.poll(.metrics),
                    account.clock().addingTimeInterval(120 + Double(step) * 30)))
            if state.metrics.value?.alarms?.contains(where: { $0.resource == "shop-web-tg" && $0.state == .alarm })
                == true
            {
                sawAlarm = true
            }
        }
        #expect(sawAlarm, "the 5xx alarm fired during the failover")
        let line = try #require(
            state.timeline.first(where: {
                $0.entry.alarm?.name == "shop-web-tg-5xx-high" && $0.entry.alarm?.state == .alarm
            }))
        #expect(line.entry.alarm?.reason?.contains("Threshold Crossed") == true && line.resource == "shop-web-tg")
        let document = SnapshotDocument(state: state, account: nil, regions: ["us-east-1"], now: state.now)
        #expect(document.alarms?.map(\.name).sorted() == ["shop-web-tg-5xx-high", "web-asg-cpu-high"])
    }
}

/// The timeline's alarm lines, from scripted metrics polls.
@Suite struct AlarmTimelineTests {
    static func poll(_ state: AlarmStatus.State, since seconds: Double) -> MetricsSnapshot {
        var snapshot = MetricsSnapshot(values: [:])
        snapshot.alarms = [
            AlarmStatus(
                name: "web-5xx", state: state, reason: "Threshold Crossed: \(state.rawValue)",
                since: Date(timeIntervalSince1970: 1_800_000_000 + seconds), resource: "web-tg")
        ]
        return snapshot
    }

    @Test func eachStateChangeIsOneLineAtItsOwnTimeAndOKAtFirstSightIsNone() {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        var state = DashboardState(start: start)
        _ = state.apply(.polled(.metrics, .metrics(Self.poll(.ok, since: 0)), start.addingTimeInterval(60)))
        #expect(!state.timeline.contains { $0.kind == .alarm }, "an alarm already OK is no event")
        _ = state.apply(.polled(.metrics, .metrics(Self.poll(.alarm, since: 90)), start.addingTimeInterval(120)))
        _ = state.apply(.polled(.metrics, .metrics(Self.poll(.alarm, since: 90)), start.addingTimeInterval(180)))
        _ = state.apply(.polled(.metrics, .metrics(Self.poll(.ok, since: 200)), start.addingTimeInterval(240)))
        let lines = state.timeline.filter { $0.kind == .alarm }
        #expect(
            lines.map(\.entry) == [
                .alarm(name: "web-5xx", state: .alarm, reason: "Threshold Crossed: ALARM"),
                .alarm(name: "web-5xx", state: .ok, reason: "Threshold Crossed: OK")
            ])
        #expect(lines.map(\.time) == [start.addingTimeInterval(90), start.addingTimeInterval(200)])
        #expect(lines.allSatisfy { $0.resource == "web-tg" })
    }

    @Test func unreadableAlarmsLeaveTheLastKnownAndAddNoLine() {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        var state = DashboardState(start: start)
        _ = state.apply(.polled(.metrics, .metrics(Self.poll(.alarm, since: 30)), start.addingTimeInterval(60)))
        _ = state.apply(.polled(.metrics, .metrics(MetricsSnapshot(values: [:])), start.addingTimeInterval(120)))
        #expect(state.timeline.filter { $0.kind == .alarm }.count == 1)
        #expect(state.metrics.value?.alarms?.first?.state == .alarm, "the last known alarms stay")
        _ = state.apply(.polled(.metrics, .metrics(Self.poll(.alarm, since: 30)), start.addingTimeInterval(180)))
        #expect(state.timeline.filter { $0.kind == .alarm }.count == 1, "read again, the same ALARM is no new line")
    }
}
