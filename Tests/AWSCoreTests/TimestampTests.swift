import AWSCore
import AWSSigV4
import Foundation
import Testing

@Suite struct TimestampTests {
    @Test(arguments: [
        ("2025-11-25T18:14:00Z", 1_764_094_440.0),
        ("2025-11-25T18:14:00.123Z", 1_764_094_440.123),
        ("2025-11-25T18:14:00.123456+00:00", 1_764_094_440.123456),
        ("2025-11-25T20:14:00+02:00", 1_764_094_440.0),
        ("2025-11-25T18:14:00", 1_764_094_440.0),
        ("2025-11-25", 1_764_028_800.0),
    ])
    func parsesTheISOFormsAWSWrites(_ text: String, _ seconds: Double) throws {
        let date = try #require(Timestamps.parseISO8601(text))
        #expect(abs(date.timeIntervalSince1970 - seconds) < 0.000_5)
    }

    @Test(arguments: ["", "yesterday", "2025-13-01T00:00:00Z", "2025-11-25T18:14:00.Z", "2025-11-25T18:14:00+0"])
    func rejectsOtherText(_ text: String) {
        #expect(Timestamps.parseISO8601(text) == nil)
    }

    @Test func formatsISOAndDay() {
        let date = Date(timeIntervalSince1970: 1_764_094_440.9)
        #expect(Timestamps.formatISO8601(date) == "2025-11-25T18:14:00Z")
        #expect(Timestamps.formatDay(date) == "2025-11-25")
    }

    @Test func parsesHTTPDates() {
        #expect(Timestamps.parseHTTPDate("Tue, 25 Nov 2025 18:14:00 GMT") == Date(timeIntervalSince1970: 1_764_094_440))
        #expect(Timestamps.parseHTTPDate("Tue, 25 Foo 2025 18:14:00 GMT") == nil)
        #expect(Timestamps.parseHTTPDate("garbage") == nil)
    }
}
