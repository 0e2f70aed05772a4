import AWSSigV4
import Foundation

/// Parsing and formatting of the timestamp forms AWS protocols use, without formatter objects.
public enum Timestamps {
    /// Parses ISO 8601 as AWS writes it: `2025-11-25T18:14:00Z`, `...00.123Z`, `...00.123456+00:00`.
    public static func parseISO8601(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let bytes = Array(trimmed.utf8)
        guard bytes.count >= 19, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
            bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":")
        else {
            // A date alone, as Cost Explorer writes it.
            if bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") {
                let compact = String(decoding: bytes.filter { $0 != UInt8(ascii: "-") }, as: UTF8.self)
                return AMZDate(parsing: compact + "T000000Z")?.date
            }
            return nil
        }
        let digits = bytes[0..<19].filter { $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: ":") }
        var compact = digits
        compact[8] = UInt8(ascii: "T")
        guard let base = AMZDate(parsing: String(decoding: compact, as: UTF8.self) + "Z")?.date else { return nil }
        var index = 19
        var fraction = 0.0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 0.1
            let start = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                fraction += Double(bytes[index] - UInt8(ascii: "0")) * scale
                scale /= 10
                index += 1
            }
            if index == start { return nil }
        }
        var offset = 0
        if index == bytes.count
            || (index + 1 == bytes.count && (bytes[index] == UInt8(ascii: "Z") || bytes[index] == UInt8(ascii: "z")))
        {
            offset = 0
        } else if index + 6 == bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"),
            bytes[index + 3] == UInt8(ascii: ":"),
            let hours = Int(String(decoding: bytes[(index + 1)...(index + 2)], as: UTF8.self)),
            let minutes = Int(String(decoding: bytes[(index + 4)...(index + 5)], as: UTF8.self))
        {
            offset = (hours * 3_600 + minutes * 60) * (bytes[index] == UInt8(ascii: "-") ? -1 : 1)
        } else {
            return nil
        }
        return base.addingTimeInterval(fraction - TimeInterval(offset))
    }

    /// Formats `date` as `2025-11-25T18:14:00Z` (UTC, whole seconds), as query protocols expect.
    public static func formatISO8601(_ date: Date) -> String {
        let stamp = AMZDate(date).timestamp // yyyyMMddTHHmmssZ
        let c = Array(stamp)
        return
            "\(String(c[0..<4]))-\(String(c[4..<6]))-\(String(c[6..<8]))T\(String(c[9..<11])):\(String(c[11..<13])):\(String(c[13..<15]))Z"
    }

    /// Formats `date` as `2025-11-25` (UTC), as Cost Explorer's time periods expect.
    public static func formatDay(_ date: Date) -> String {
        String(formatISO8601(date).prefix(10))
    }

    /// Lower-case English month abbreviations, as HTTP dates use them.
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Parses an HTTP date (`Tue, 25 Nov 2025 18:14:00 GMT`, RFC 7231 IMF-fixdate), as in the `Date` header.
    public static func parseHTTPDate(_ text: String) -> Date? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count == 6, words[5] == "GMT" || words[5] == "UTC",
            let day = Int(words[1]), let monthIndex = months.firstIndex(of: words[2].lowercased()),
            let year = Int(words[3]), words[4].count == 8
        else { return nil }
        let clock = words[4].split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 3, let hour = Int(clock[0]), let minute = Int(clock[1]), let second = Int(clock[2]) else {
            return nil
        }
        return AMZDate(year: year, month: monthIndex + 1, day: day, hour: hour, minute: minute, second: second)?.date
    }
}
