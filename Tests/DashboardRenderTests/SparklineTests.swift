import DashboardRender
import Testing

/// One-row graphs: the lowest mark for the floor, scaled to the values or to a ceiling such as a group's max size.
@Suite struct SparklineTests {
    static func glyphs(_ values: [Double], width: Int = 8, floor: Double? = nil, ceiling: Double? = nil) -> String {
        String(Sparkline.cells(values, width: width, glyphs: .blocks, floor: floor, ceiling: ceiling).compactMap(\.character))
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
}
