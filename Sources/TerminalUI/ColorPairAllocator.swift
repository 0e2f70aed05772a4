/// A foreground and background colour as curses numbers: `-1` is the terminal's default.
public struct ColorPairKey: Hashable, Sendable, CustomStringConvertible {
    /// The foreground colour number.
    public var foreground: Int32
    /// The background colour number.
    public var background: Int32

    /// Creates a key.
    public init(foreground: Int32, background: Int32) {
        self.foreground = foreground
        self.background = background
    }

    /// The terminal's default colours.
    public static let terminalDefault = ColorPairKey(foreground: -1, background: -1)

    /// `fg/bg`.
    public var description: String { "\(foreground)/\(background)" }
}

/// Hands out curses colour-pair numbers on demand, one per (foreground, background) combination.
///
/// Pair 0 is fixed by curses (the default colours); pairs 1 up to `capacity - 1` are handed out in
/// order and kept until `reset()` (a theme change), since changing a pair recolours every cell on
/// screen that uses it. When they run out, the caller draws in pair 0: the text stays readable and the
/// attributes still apply. With the 13–20 combinations a theme has, that takes a terminal with fewer
/// than 16 pairs.
public struct ColorPairAllocator: Sendable {
    /// What `pair(for:)` decided.
    public enum Allocation: Hashable, Sendable {
        /// The pair already exists (or is pair 0): use it.
        case existing(Int32)
        /// A new pair: define it (`init_extended_pair`) before use.
        case new(Int32)
        /// No pair left: draw in pair 0.
        case unavailable
    }

    /// How many pairs the terminal has (`COLOR_PAIRS`), pair 0 included.
    public let capacity: Int
    /// The colours of pair 0.
    public let pairZero: ColorPairKey
    /// The pairs handed out so far.
    public private(set) var pairs: [ColorPairKey: Int32] = [:]

    /// Creates an allocator for `capacity` pairs, of which pair 0 shows `pairZero`.
    public init(capacity: Int, pairZero: ColorPairKey = .terminalDefault) {
        self.capacity = max(1, capacity)
        self.pairZero = pairZero
    }

    /// The pair for `key`, allocating the next free one when needed.
    public mutating func pair(for key: ColorPairKey) -> Allocation {
        if key == pairZero { return .existing(0) }
        if let pair = pairs[key] { return .existing(pair) }
        let next = pairs.count + 1
        guard next < capacity, let number = Int32(exactly: next) else { return .unavailable }
        pairs[key] = number
        return .new(number)
    }

    /// Forgets every pair (after a theme change, with a full repaint).
    public mutating func reset() {
        pairs = [:]
    }
}
