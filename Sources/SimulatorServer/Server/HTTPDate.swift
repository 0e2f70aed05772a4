import AWSSigV4
import Foundation

/// The IMF-fixdate form of the HTTP `Date` header, e.g. `Fri, 27 Nov 2026 14:05:00 GMT`.
enum HTTPDate {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Formats `date` in UTC.
    static func format(_ date: Date) -> String {
        let moment = AMZDate(date)
        let stamp = Array(moment.timestamp) // yyyyMMddTHHmmssZ
        let month = months[((Int(String(stamp[4..<6])) ?? 1) - 1) % 12]
        return "\(weekdays[moment.weekday]), \(String(stamp[6..<8])) \(month) \(String(stamp[0..<4])) "
            + "\(String(stamp[9..<11])):\(String(stamp[11..<13])):\(String(stamp[13..<15])) GMT"
    }
}
