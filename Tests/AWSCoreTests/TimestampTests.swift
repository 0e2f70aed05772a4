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
        ("2025-11-25", 1_764_028_800.0)
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

@Suite struct AMZDateCalendarTests {
    @Test func buildsAMomentFromCalendarFieldsAndRejectsOutOfRangeOnes() throws {
        let moment = try #require(AMZDate(year: 2025, month: 11, day: 25, hour: 18, minute: 14, second: 0))
        #expect(moment.date == Date(timeIntervalSince1970: 1_764_094_440))
        #expect(AMZDate(year: 2025, month: 13, day: 1, hour: 0, minute: 0, second: 0) == nil)
        #expect(AMZDate(year: 2025, month: 1, day: 1, hour: 24, minute: 0, second: 0) == nil)
    }

    @Test(arguments: [(0.0, 4), (-1.0, 3), (1_764_094_440.0, 2), (1_795_737_600.0, 5), (-86_400.0 * 4, 0)])
    func weekdayCountsFromSunday(_ seconds: Double, _ weekday: Int) {
        #expect(AMZDate(Date(timeIntervalSince1970: seconds)).weekday == weekday)
    }

    @Test func timestampsAreZeroPadded() {
        let early = AMZDate(Date(timeIntervalSince1970: 3_723)) // 1970-01-01 01:02:03
        #expect(early.timestamp == "19700101T010203Z")
        #expect(early.scopeDate == "19700101")
    }
}
