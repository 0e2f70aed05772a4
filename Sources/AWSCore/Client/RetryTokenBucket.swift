/// The retry budget of the standard retry mode, as a value; the client keeps one per service.
public struct RetryTokenBucket: Sendable, Equatable {
    /// Tokens the bucket holds when full.
    public let capacity: Int
    /// Tokens available now.
    public private(set) var available: Int

    /// A full bucket.
    public init(capacity: Int) {
        self.capacity = capacity
        self.available = capacity
    }

    /// Takes `cost` tokens and returns true, or returns false (taking nothing) when too few are left.
    public mutating func acquire(_ cost: Int) -> Bool {
        guard cost <= available else { return false }
        available -= cost
        return true
    }

    /// Gives back `amount` tokens, never above capacity.
    public mutating func release(_ amount: Int) {
        available = min(capacity, available + amount)
    }
}
