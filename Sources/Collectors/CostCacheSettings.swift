import Foundation

/// Where the cost caches live on disk: `prices-REGION.json` (a day) and `ce-ACCOUNT.json` (an hour).
public struct CostCacheSettings: Sendable, Equatable {
    /// The folder, e.g. `~/.cache/flightdeck`.
    public var directory: String
    /// The account id, naming the Cost Explorer cache; nil keeps Cost Explorer figures in memory only.
    public var account: String?
    /// How long prices are trusted, in seconds.
    public var pricesMaxAge: TimeInterval
    /// How long Cost Explorer figures are trusted, in seconds.
    public var actualsMaxAge: TimeInterval

    /// Creates settings; a day for prices and an hour for Cost Explorer by default.
    public init(
        directory: String, account: String?, pricesMaxAge: TimeInterval = 86_400, actualsMaxAge: TimeInterval = 3_600
    ) {
        self.directory = directory
        self.account = account
        self.pricesMaxAge = pricesMaxAge
        self.actualsMaxAge = actualsMaxAge
    }

    /// `$XDG_CACHE_HOME/flightdeck`, else `HOME/.cache/flightdeck`.
    public static func defaultDirectory(environment: [String: String]) -> String {
        if let cache = environment["XDG_CACHE_HOME"], !cache.isEmpty { return cache + "/flightdeck" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.cache/flightdeck"
    }

    /// The price cache of `region`.
    func pricesPath(region: String) -> String { directory + "/prices-\(Self.safe(region)).json" }

    /// The Cost Explorer cache of the account, when it is known.
    var actualsPath: String? { account.map { directory + "/ce-\(Self.safe($0)).json" } }

    /// `name` with anything but letters, digits, `-` and `_` replaced, so it cannot leave the folder.
    static func safe(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
    }
}
