import DashboardModel
import DashboardRender
import Testing

/// One-row graphs: the lowest mark for the floor, scaled to the values or to a ceiling such as a group's max size.
@Suite struct SparklineTests {
    static func glyphs(
        _ values: [Double], width: Int = 8, floor: Double? = nil, ceiling: Double? = nil, set: GlyphSet = .blocks
    ) -> String {
        String(
            Sparkline.cells(values, width: width, glyphs: set, direction: .neutral, floor: floor, ceiling: ceiling)
                .compactMap(\.character))
    }

    @Test func aRisingSeriesFillsTheHeight() {
        #expect(Self.glyphs([0, 2, 4, 8]) == "▁▃▅█")
    }

    @Test func aSteadyCountIsDrawnAgainstItsCeilingNotAsFull() {
        #expect(Self.glyphs([7, 7, 7], floor: 0) == "███", "without a ceiling the largest value is the top")
        #expect(Self.glyphs([7, 7, 7], floor: 0, ceiling: 20) == "▃▃▃")
        #expect(Self.glyphs([20, 10, 0], floor: 0, ceiling: 20) == "█▅▁")
    }

    @Test func valuesAboveTheCeilingRaiseTheTop() {
        #expect(Self.glyphs([5, 10], floor: 0, ceiling: 5) == "▅█")
    }

    @Test func onlyTheLastValuesThatFitAreDrawn() {
        #expect(Self.glyphs([8, 8, 8, 0, 8], width: 2) == "▁█")
        #expect(Self.glyphs([], width: 4).isEmpty && Self.glyphs([1], width: 0).isEmpty)
    }

    /// Eight levels in every glyph set (braille graphs with blocks: its four dot rows drew 5..8 of 20 all as `⣤`).
    @Test(arguments: GlyphSet.allCases)
    func eightLevelsRiseMonotonically(_ set: GlyphSet) {
        let steps = (0...20).map(Double.init)
        let drawn = Array(Self.glyphs(steps, width: 21, floor: 0, ceiling: 20, set: set))
        let rank = { (glyph: Character) in set.sparkLevels.firstIndex(of: glyph) ?? -1 }
        #expect(zip(drawn, drawn.dropFirst()).allSatisfy { rank($0) <= rank($1) }, "\(String(drawn)) never falls")
        #expect(Set(drawn).count == 8, "\(String(drawn)) uses all eight levels")
    }

    @Test func fiveToEightOfTwentyNoLongerDrawOneGlyph() {
        // 5..8 of 20 span 15% of the scale, 1.2 levels of eight: they cannot be four glyphs, but they rise.
        #expect(Self.glyphs([5, 6, 7, 8], floor: 0, ceiling: 20, set: .braille) == "▃▃▃▄")
        // Values one level (an eighth of the scale) apart are four distinct, rising glyphs.
        #expect(Self.glyphs([5, 7.5, 10, 12.5], floor: 0, ceiling: 20) == "▃▄▅▆")
        #expect(Self.glyphs([5, 7.5, 10, 12.5], floor: 0, ceiling: 20, set: .ascii) == ":-=+")
    }
}

/// Graph colours follow what a value means for its series, not how tall its bar is.
@Suite struct GraphDirectionTests {
    static func roles(
        _ values: [Double], _ direction: SeriesDirection, limit: Double? = nil, floor: Double? = 0,
        ceiling: Double? = nil
    ) -> [StyleRole] {
        Sparkline.cells(
            values, width: values.count, glyphs: .blocks, direction: direction, limit: limit, floor: floor,
            ceiling: ceiling
        )
        .map(\.style.role)
    }

    @Test func eachSeriesHasItsDirection() {
        #expect(SeriesKey(MetricName.distributionHitRate, "E1").direction == .higherIsBetter)
        #expect(SeriesKey(MetricName.distribution5xxRate, "E1").direction == .higherIsWorse)
        #expect(SeriesKey(MetricName.target5xx, "arn").direction == .higherIsWorse)
        for metric in [
            MetricName.targetRequests, MetricName.distributionRequests, MetricName.burnRate, MetricName.groupInService,
            MetricName.groupDesired
        ] {
            #expect(SeriesDirection.of(metric: metric) == .neutral, "\(metric)")
        }
    }

    @Test func aHealthyHitRatioIsGoodAtTheTopOfItsGraph() {
        // The bug: 95% drew in the alarm colour because it was the tallest bar.
        #expect(Self.roles([95, 95, 95], .higherIsBetter, ceiling: 100) == [.graphGood, .graphGood, .graphGood])
        #expect(Self.roles([10, 50, 95], .higherIsBetter, ceiling: 100) == [.graphPoor, .graphFair, .graphGood])
    }

    @Test func aHigh5xxRateIsPoor() {
        #expect(Self.roles([10, 50, 95], .higherIsWorse, ceiling: 100) == [.graphGood, .graphFair, .graphPoor])
    }

    @Test func neutralSeriesHaveOneRoleAtAnyHeight() {
        #expect(Self.roles([0, 10, 20], .neutral, ceiling: 20) == [.graphNeutral, .graphNeutral, .graphNeutral])
    }

    @Test func aLimitJudgesTheValueNotItsHeight() {
        // A hit rate scaled from just under its minimum: 92% is a short bar but above an 80% floor.
        #expect(Self.roles([92, 95, 79], .higherIsBetter, limit: 80, floor: 77) == [.graphGood, .graphGood, .graphPoor])
        #expect(Self.roles([1, 6], .higherIsWorse, limit: 5) == [.graphGood, .graphPoor])
    }

    @Test func theGaugeFollowsTheDirectionToo() {
        func filledRole(_ fraction: Double, _ direction: SeriesDirection, limit: Double? = nil) -> StyleRole {
            var buffer = CellBuffer(width: 10, height: 1)
            Gauge.draw(
                fraction, into: &buffer, x: 0, y: 0, width: 10, direction: direction, limit: limit, glyphs: .blocks)
            return buffer[0, 0].style.role
        }
        #expect(filledRole(0.95, .higherIsBetter, limit: 0.8) == .graphGood)
        #expect(filledRole(0.70, .higherIsBetter, limit: 0.8) == .graphPoor)
        #expect(filledRole(0.95, .higherIsWorse) == .graphPoor)
        #expect(filledRole(0.95, .neutral) == .graphNeutral)
    }
}
