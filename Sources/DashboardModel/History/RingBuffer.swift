/// A fixed-capacity buffer that keeps the newest elements, dropping the oldest.
public struct RingBuffer<Element: Sendable>: Sendable {
    private var storage: [Element] = []
    private var start = 0
    /// The most elements kept.
    public let capacity: Int

    /// Creates an empty buffer holding at most `capacity` elements (at least one).
    public init(capacity: Int) {
        self.capacity = Swift.max(1, capacity)
        storage.reserveCapacity(self.capacity)
    }

    /// How many elements are held.
    public var count: Int { storage.count }

    /// Whether nothing is held.
    public var isEmpty: Bool { storage.isEmpty }

    /// Appends `element`, dropping the oldest when full.
    public mutating func append(_ element: Element) {
        if storage.count < capacity {
            storage.append(element)
        } else {
            storage[start] = element
            start = (start + 1) % capacity
        }
    }

    /// The elements, oldest first.
    public var elements: [Element] {
        Array(storage[start...] + storage[..<start])
    }

    /// The newest element.
    public var last: Element? {
        storage.isEmpty ? nil : storage[(start + storage.count - 1) % storage.count]
    }
}

extension RingBuffer: Equatable where Element: Equatable {
    /// Two buffers are equal when they hold the same elements in the same order.
    public static func == (lhs: RingBuffer, rhs: RingBuffer) -> Bool {
        lhs.capacity == rhs.capacity && lhs.elements == rhs.elements
    }
}
