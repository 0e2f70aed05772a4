import Foundation

/// Why a source's data is stale, with its age: the facts `DashboardRender`'s `StalenessText` words.
public enum Staleness: Sendable, Equatable {
    /// The latest poll failed; `age` is the last good value's in seconds, nil when none ever came.
    case failed(SourceFailure, age: TimeInterval?)
    /// No poll failed, but the last good value is `age` seconds old, past `maxAge`.
    case old(age: TimeInterval, maxAge: TimeInterval)

    /// The last good value's age in seconds; nil when none ever came.
    public var age: TimeInterval? {
        switch self {
        case let .failed(_, age): age
        case let .old(age, _): age
        }
    }
}
