import Foundation

/// The two date forms SigV4 uses: `20150830T123600Z` and the scope date `20150830`.
public struct AMZDate: Sendable, Equatable {
    /// The moment, in seconds since 1970.
    public let date: Date

    /// Wraps a moment.
    public init(_ date: Date) { self.date = date }

    /// Parses the basic ISO 8601 form `yyyyMMdd'T'HHmmss'Z'`; nil when `text` is not in it.
    public init?(parsing text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 16, bytes[8] == UInt8(ascii: "T"), bytes[15] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(4..<6), let day = number(6..<8),
            let hour = number(9..<11), let minute = number(11..<13), let second = number(13..<15)
        else { return nil }
        self.init(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }

    /// The moment of a UTC calendar date and time; nil when a field is out of range.
    public init?(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        guard (1...12).contains(month), (1...31).contains(day), (0..<24).contains(hour), (0..<60).contains(minute),
            (0..<61).contains(second)
        else { return nil }
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        self.date = Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3_600 + minute * 60 + second))
    }

    /// `yyyyMMdd'T'HHmmss'Z'` in UTC.
    public var timestamp: String {
        let (year, month, day, seconds) = parts
        return Self.digits(year, 4) + Self.digits(month, 2) + Self.digits(day, 2) + "T"
            + Self.digits(seconds / 3_600, 2) + Self.digits(seconds / 60 % 60, 2) + Self.digits(seconds % 60, 2) + "Z"
    }

    /// `yyyyMMdd` in UTC, the date of the credential scope.
    public var scopeDate: String {
        let (year, month, day, _) = parts
        return Self.digits(year, 4) + Self.digits(month, 2) + Self.digits(day, 2)
    }

    private var parts: (Int, Int, Int, Int) {
        let (days, seconds) = daysAndSeconds
        let (year, month, day) = Self.civilFromDays(days)
        return (year, month, day, seconds)
    }

    /// Whole days since 1970-01-01 (rounded down, before 1970 too) and the seconds into that day.
    private var daysAndSeconds: (days: Int, seconds: Int) {
        let total = Int(date.timeIntervalSince1970.rounded(.down))
        let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
        return (days, total - days * 86_400)
    }

    /// The day of the week in UTC, 0 for Sunday through 6 for Saturday.
    public var weekday: Int {
        ((daysAndSeconds.days % 7) + 11) % 7 // 1970-01-01 was a Thursday (4)
    }

    /// `value` zero-padded to `width` digits (signing runs per request: no `String(format:)` here).
    private static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    // Howard Hinnant's days-from-civil algorithms: exact for the proleptic Gregorian calendar.
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
