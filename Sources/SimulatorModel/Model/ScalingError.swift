/// A rejected scaling call, with the code and message Auto Scaling answers.
public struct ScalingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The error code, e.g. `ValidationError`.
    public var code: String
    /// AWS's message text.
    public var message: String

    /// Creates an error.
    public init(code: String = "ValidationError", message: String) {
        self.code = code
        self.message = message
    }

    /// `Code: message`.
    public var description: String { "\(code): \(message)" }
}
