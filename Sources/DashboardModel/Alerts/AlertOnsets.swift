import Foundation

/// When each alert that holds now started holding, by its code and resource.
///
/// An alert's facts change while it holds (a failover's running time), so it is known by
/// code and resource; alerts sharing both (two zones of one target group) share the earlier start.
public struct AlertOnsets: Sendable, Equatable {
    /// What identifies an alert across evaluations.
    public struct Key: Sendable, Hashable {
        /// The alert's code, e.g. `failover-in-progress`.
        public var code: String
        /// The resource it is about.
        public var resource: String

        /// The key of `alert`.
        public init(_ alert: Alert) {
            code = alert.code
            resource = alert.resource
        }
    }

    /// The start of each alert holding now.
    public private(set) var starts: [Key: Date] = [:]

    /// Creates an empty record (no alert holds).
    public init() {}

    /// When `alert` started holding, if it holds.
    public func start(of alert: Alert) -> Date? {
        starts[Key(alert)]
    }

    /// Records the alerts that hold at `now`: new ones start now, held ones keep their start, and
    /// the ones no longer holding are forgotten (a later return starts afresh).
    public mutating func update(holding alerts: [Alert], at now: Date) {
        var next: [Key: Date] = [:]
        for alert in alerts {
            let key = Key(alert)
            next[key] = starts[key] ?? now
        }
        starts = next
    }
}
