import DashboardModel
import Testing

@testable import DashboardRender

/// The grid sizes its columns from `TargetCountCell.width(of:)`: it must agree with the cell drawn.
@Suite struct TargetCountCellTests {
    @Test(arguments: GlyphSet.allCases)
    func theArithmeticWidthIsTheDrawnWidth(_ glyphs: GlyphSet) {
        for (healthy, initial, draining, unhealthy) in [
            (0, 0, 0, 0), (3, 0, 0, 0), (12, 1, 0, 0), (9, 0, 10, 3), (120, 5, 5, 11), (0, 0, 0, 7)
        ] {
            var counts = ZoneTargetCounts(zone: "us-east-1a")
            counts.healthy = healthy
            counts.initial = initial
            counts.draining = draining
            counts.unhealthy = unhealthy
            #expect(TargetCountCell.width(of: counts) == TargetCountCell(counts, glyphs: glyphs).width, "\(counts)")
        }
    }
}
