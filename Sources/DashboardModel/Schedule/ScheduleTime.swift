import Foundation

/// Reads the times `flightdeck schedule` and `:prewarm` take: `HH:MM` (today), `YYYY-MM-DD HH:MM` or
/// `YYYY-MM-DDTHH:MM`, with optional seconds; local time unless a zone follows (`Z`, `+01:00`, `+0100`,
/// or a name such as `UTC` or `Europe/Paris` after a space).
public enum ScheduleTime {
    /// Why a time could not be read.
    public struct ParseError: Error, Sendable, Equatable {
        /// The text as given.
        public var text: String
    }

    /// The instant `text` names, reading it in `timeZone` unless it carries its own zone; `now` gives today's date.
    public static func parse(_ text: String, now: Date, timeZone: TimeZone) throws(ParseError) -> Date {
        var body = text.trimmingCharacters(in: .whitespaces)
        var zone = timeZone
        if let space = body.lastIndex(of: " "), let named = Self.zone(named: String(body[body.index(after: space)...]))
        {
            zone = named
            body = String(body[..<space]).trimmingCharacters(in: .whitespaces)
        } else if body.hasSuffix("Z") || body.hasSuffix("z") {
            zone = TimeZone(secondsFromGMT: 0) ?? zone
            body.removeLast()
        } else if let offset = Self.offset(&body) {
            zone = offset
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var parts: DateComponents
        let pieces = body.split(whereSeparator: { $0 == " " || $0 == "T" || $0 == "t" }).map(String.init)
        switch pieces.count {
        case 1:
            parts = calendar.dateComponents([.year, .month, .day], from: now)
        case 2:
            let date = pieces[0].split(separator: "-").map { Int($0) }
            guard date.count == 3, let year = date[0], let month = date[1], let day = date[2], pieces[0].count == 10
            else {
                throw ParseError(text: text)
            }
            parts = DateComponents(year: year, month: month, day: day)
        default:
            throw ParseError(text: text)
        }
        let clock = pieces[pieces.count - 1].split(separator: ":").map { Int($0) }
        guard (2...3).contains(clock.count), clock.allSatisfy({ $0 != nil }), let hour = clock[0],
            let minute = clock[1],
            (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(clock.count == 3 ? clock[2] ?? 0 : 0)
        else { throw ParseError(text: text) }
        parts.hour = hour
        parts.minute = minute
        parts.second = clock.count == 3 ? clock[2] : 0
        guard let month = parts.month, (1...12).contains(month), let day = parts.day, (1...31).contains(day),
            let date = calendar.date(from: parts), calendar.component(.day, from: date) == day
        else { throw ParseError(text: text) }
        return date
    }

    /// A zone named by an identifier (`Europe/Paris`) or an abbreviation (`UTC`, `CET`).
    static func zone(named name: String) -> TimeZone? {
        guard name.contains(where: \.isLetter) else { return nil }
        if name.uppercased() == "UTC" || name.uppercased() == "GMT" { return TimeZone(secondsFromGMT: 0) }
        return TimeZone(identifier: name) ?? TimeZone(abbreviation: name)
    }

    /// Removes a trailing `+HH:MM`, `-HH:MM` or `+HHMM` from `body` and returns its zone.
    static func offset(_ body: inout String) -> TimeZone? {
        for length in [6, 5] where body.count > length + 4 {
            let tail = String(body.suffix(length))
            guard let sign = tail.first, sign == "+" || sign == "-" else { continue }
            let digits = tail.dropFirst().filter { $0 != ":" }
            guard digits.count == 4, (length == 6) == tail.contains(":"), let hours = Int(digits.prefix(2)),
                let minutes = Int(digits.suffix(2)),
                hours <= 14, minutes < 60
            else { continue }
            body.removeLast(length)
            return TimeZone(secondsFromGMT: (sign == "-" ? -1 : 1) * (hours * 3_600 + minutes * 60))
        }
        return nil
    }
}
