import AWSCore

extension AWSOperation {
    /// A copy with `keyPath` set to `value`, for building the next page's request.
    func with<Value>(_ keyPath: WritableKeyPath<Self, Value>, _ value: Value) -> Self {
        var copy = self
        copy[keyPath: keyPath] = value
        return copy
    }
}
