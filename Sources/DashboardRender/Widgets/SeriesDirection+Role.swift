import DashboardModel

extension SeriesDirection {
    /// The graph role of a value at `fraction` (0...1) of its drawn scale: the third at the healthy
    /// end is good, the middle third fair, the other end poor; a neutral series has one role throughout.
    public func graphRole(at fraction: Double) -> StyleRole {
        let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let health: Double
        switch self {
        case .neutral: return .graphNeutral
        case .higherIsBetter: health = clamped
        case .higherIsWorse: health = 1 - clamped
        }
        return health >= 2.0 / 3.0 ? .graphGood : (health >= 1.0 / 3.0 ? .graphFair : .graphPoor)
    }

    /// The graph role of `value` against an alert `limit`: poor past it on the unhealthy side, good
    /// otherwise; neutral series ignore the limit.
    public func graphRole(of value: Double, limit: Double) -> StyleRole {
        switch self {
        case .neutral: .graphNeutral
        case .higherIsBetter: value < limit ? .graphPoor : .graphGood
        case .higherIsWorse: value > limit ? .graphPoor : .graphGood
        }
    }
}
