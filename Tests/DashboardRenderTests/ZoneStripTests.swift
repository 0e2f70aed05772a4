import DashboardModel
import DashboardRender
import Foundation
import Testing

/// The zone strip below the header, with us-east-1b down after its targets drained and were
/// deregistered, and us-east-1c serving again.
@Suite struct ZoneStripTests {
    /// The launch day, then us-east-1b's targets drain (08:01:10) and are deregistered (08:01:20),
    /// while us-east-1c's come back healthy.
    static func outage() -> DashboardState {
        var state = LaunchDayFixture.state()
        func poll(_ b: TargetState?, at seconds: Double) {
            var targets = [
                TargetStatus(id: "i-0", zone: "us-east-1a", state: .healthy),
                TargetStatus(id: "i-3", zone: "us-east-1a", state: .healthy),
                TargetStatus(id: "i-2", zone: "us-east-1c", state: .healthy),
                TargetStatus(id: "i-5", zone: "us-east-1c", state: .healthy)
            ]
            if let b {
                targets += [
                    TargetStatus(id: "i-1", zone: "us-east-1b", state: b, reason: "Target.DeregistrationInProgress"),
                    TargetStatus(id: "i-4", zone: "us-east-1b", state: b, reason: "Target.DeregistrationInProgress")
                ]
            }
            _ = state.apply(
                .polled(
                    .targetHealth,
                    .targetHealth([
                        TargetGroupHealth(
                            name: "web-tg", arn: "arn:tg/web", loadBalancerName: "shop-alb",
                            loadBalancerARN: "arn:lb/shop", region: "us-east-1",
                            targets: targets, enabledZones: ["us-east-1a", "us-east-1b", "us-east-1c"])
                    ]), LaunchDayFixture.at(seconds)))
        }
        poll(.draining, at: 70)
        poll(nil, at: 80)
        _ = state.apply(.tick(LaunchDayFixture.at(90)))
        return state
    }

    static func context() -> RenderContext {
        var context = LaunchDayFixture.context()
        context.now = LaunchDayFixture.at(90)
        return context
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func aDownZoneShowsSinceWhenAndWhatItHad(_ width: Int, _ height: Int) {
        let buffer = DashboardRenderer.render(Self.outage(), context: Self.context(), width: width, height: height)
        assertSnapshot(buffer.text, named: "zone-down-\(width)x\(height)")
    }
}

@Suite struct ZoneStripFittingTests {
    /// Six zones, us-east-1e down at first sight (draining, none healthy).
    static func sixZones() -> DashboardState {
        var state = DashboardState(start: LaunchDayFixture.start)
        let zones = ["a", "b", "c", "d", "e", "f"].map { "us-east-1\($0)" }
        let targets = zones.enumerated().map { index, zone in
            TargetStatus(id: "i-\(index)", zone: zone, state: zone == "us-east-1e" ? .draining : .healthy)
        }
        _ = state.apply(
            .polled(
                .targetHealth,
                .targetHealth([
                    TargetGroupHealth(
                        name: "web-tg", arn: "arn:tg/web", loadBalancerName: "shop-alb", loadBalancerARN: "arn:lb/shop",
                        region: "us-east-1",
                        targets: targets, enabledZones: zones)
                ]), LaunchDayFixture.at(5)))
        return state
    }

    /// The strip's rows as text.
    func strip(_ state: DashboardState, width: Int, height: Int) -> [String] {
        let buffer = DashboardRenderer.render(state, context: LaunchDayFixture.context(), width: width, height: height)
        let rows = state.zones.count <= height / 10 && width >= 110 ? state.zones.count : 1
        return (1...rows).map(buffer.line)
    }

    @Test func everyWidthDropsDetailRatherThanCuttingAWordOrANumber() {
        let state = ZoneStripTests.outage()
        for width in 60...170 {
            for height in [24, 40] {
                let text = strip(state, width: width, height: height).joined(separator: "\n")
                for zone in ["us-east-1a OK", "us-east-1b DOWN", "us-east-1c OK"] {
                    let spaced = text.replacingOccurrences(of: #" +"#, with: " ", options: .regularExpression)
                    #expect(spaced.contains(zone), "\(width)x\(height): \(text)")
                }
                #expect(!text.contains("(was 2") || text.contains("(was 2)"), "\(width)x\(height): \(text)")
            }
        }
    }

    @Test func zonesThatDoNotFitAreCountedAndTheDownOneIsKept() {
        let line = strip(Self.sixZones(), width: 80, height: 24)
        #expect(line == [" us-east-1a OK │ us-east-1b OK │ us-east-1c OK │ us-east-1e DOWN  +2 more"])
        let wide = strip(Self.sixZones(), width: 120, height: 40)
        #expect(wide.count == 1, "six zones at 40 rows share one line")
        #expect(wide[0].contains("us-east-1e DOWN since 08:00"), "\(wide[0])")
    }

    @Test func theTextSnapshotHasAZoneTable() {
        let document = SnapshotDocument(
            state: ZoneStripTests.outage(), account: nil, regions: ["us-east-1"], now: LaunchDayFixture.at(90))
        let text = SnapshotText.render(document)
        #expect(
            text.contains(
                """
                ZONES
                  region    zone       condition in service pending sick healthy unhealthy draining initial db primary db standby down since           was
                  us-east-1 us-east-1a OK        4          0       0    2       0         0        0       shop-db    -          -                    -
                  us-east-1 us-east-1b DOWN      4          1       1    0       0         0        0       -          shop-db    2027-01-15T08:01:10Z 2
                  us-east-1 us-east-1c OK        2          1       0    2       0         0        0       -          -          -                    -
                """), "\(text)")
    }
}
