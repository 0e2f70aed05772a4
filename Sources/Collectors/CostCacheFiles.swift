import DashboardModel
import Foundation

/// Prices read from the Pricing API for one region, as kept on disk.
struct PriceCacheFile: Codable, Equatable, Sendable {
    /// When the file's first prices were fetched; the whole file expires a day later.
    var fetchedAt: Date
    /// The region the prices are for.
    var region: String
    /// USD by `PriceTable` item key (`ec2:m5.large`, `rds:db.r5.large`, `elb:application`).
    var prices: [String: Double]
    /// Items the Pricing API had no on-demand price for, so they are not asked again.
    var unavailable: [String]
}

/// Cost Explorer's figures, as kept on disk.
struct ActualsCacheFile: Codable, Equatable, Sendable {
    /// When they were fetched.
    var fetchedAt: Date
    /// The UTC day they were fetched for (`yyyy-MM-dd`); another day needs a new fetch.
    var day: String
    /// Month to date, USD.
    var monthToDate: Double?
    /// Today so far, USD.
    var today: Double?
}

/// Reading and writing the cache files: a missing or unreadable file is no cache, never an error.
enum CacheFiles {
    /// The decoded file at `path`, or nil.
    static func read<T: Decodable>(_ type: T.Type, at path: String) -> T? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try? decoder.decode(type, from: data)
    }

    /// Writes `value` to `path` atomically (a temporary file renamed), creating the folder; the warning when it cannot.
    @discardableResult
    static func write<T: Encodable>(_ value: T, to path: String) -> CollectorWarning? {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        do {
            let folder = (path as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
            try encoder.encode(value).write(to: URL(fileURLWithPath: path), options: .atomic)
            return nil
        } catch {
            return .cacheNotWritten(path: path, reason: error.localizedDescription)
        }
    }
}
