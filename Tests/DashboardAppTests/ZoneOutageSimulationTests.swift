import AWSCore
import Collectors
import DashboardModel
import Foundation
import SimulatorServer
import TestSupport
import Testing

/// The simulator's zone outage (targets unhealthy, replaced elsewhere, drained, the zone refilled by
/// AZRebalance after it) polled through the collector as the dashboard polls, on simulated time.
@Suite struct ZoneOutageSimulationTests {
    @Test func aZoneOutageStaysDownThroughDeregistrationAndIsSeenToServeAgain() async throws {
        let host = SimulationHost(seed: 11, speed: 1)
        let client = AWSClient.simulated(transport: SimulatorTransport(host: host), sleep: { _ in })
        let collector = Collector(
            clients: CollectorClients(regional: [(region: "us-east-1", client: client)], global: client),
            selection: Selection())
        await host.advance(seconds: 600)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        var state = DashboardState(start: start)
        var downSince: Set<Date> = []
        var sawDeregistered = false
        var servedAgainAt: Int?
        for step in 0..<160 {
            let now = start.addingTimeInterval(Double(step) * 10)
            if step == 3 { try await host.apply(.zoneOutage(zone: "us-east-1b", seconds: 900)) }
            for source in [DataSource.autoScaling, .databases, .targetHealth] {
                _ = state.apply(.polled(source, await collector.poll(source), now))
            }
            let zone = try #require(state.zones.first { $0.zone == "us-east-1b" })
            if zone.condition == .down {
                #expect(servedAgainAt == nil, "down again at \(step * 10)s")
                downSince.insert(try #require(zone.downSince))
                #expect(zone.wasTargets != nil)
                #expect(state.alerts.contains { $0.code == "zone-down" && $0.resource == "us-east-1b" })
                if zone.targets?.total == 0 { sawDeregistered = true }
            } else if !downSince.isEmpty, servedAgainAt == nil {
                servedAgainAt = step * 10
                #expect(
                    state.timeline.contains { event in
                        guard case .zoneServesAgain = event.entry else { return false }
                        return event.resource == "us-east-1b"
                    })
            }
            await host.advance(seconds: 10)
        }
        #expect(downSince.count == 1, "one outage, one start: \(downSince)")
        #expect(sawDeregistered, "the zone stayed down once its targets were deregistered")
        #expect(
            servedAgainAt.map { $0 > 930 } == true,
            "served again only once the outage (30 s to 930 s) was over and AZRebalance refilled the zone: \(String(describing: servedAgainAt))"
        )
    }
}
