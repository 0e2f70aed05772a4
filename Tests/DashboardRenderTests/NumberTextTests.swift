import DashboardRender
import Foundation
import Testing

@Suite struct NumberTextTests {
    /// Foundation's `String(format:)` is the oracle: the C library's printf must write the same text.
    @Test(arguments: [
        0.0, -0.0, 0.004_2, -0.004_2, 0.005, 0.015, 0.125, 1.5, 2.5, 95.249_999, 95.25, 12_345.678,
        -7.05, 1e-9, 123_456_789.987, 1e300, .infinity, -.infinity
    ])
    func fixedMatchesPrintf(_ value: Double) {
        for decimals in 0...4 {
            #expect(
                NumberText.fixed(value, decimals: decimals) == String(format: "%.\(decimals)f", value),
                "\(value) with \(decimals) decimals")
        }
    }

    @Test func fixedWritesNaNAsPrintfDoes() {
        #expect(NumberText.fixed(.nan, decimals: 1) == String(format: "%.1f", Double.nan))
    }

    @Test func zeroPaddedPadsToTheWidthAndKeepsLongerNumbers() {
        #expect(NumberText.zeroPadded(7, width: 2) == "07")
        #expect(NumberText.zeroPadded(0, width: 3) == "000")
        #expect(NumberText.zeroPadded(123, width: 2) == "123")
        #expect(NumberText.zeroPadded(-5, width: 2) == "-05")
    }
}
