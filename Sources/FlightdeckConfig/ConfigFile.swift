/// Flightdeck's config file: named stacks and the one used when `--stack` is not given.
public struct ConfigFile: Sendable, Equatable {
    /// The file's path.
    public var path: String
    /// The stack used when `--stack` is not given, if any.
    public var defaultStack: String?
    /// The stacks by name.
    public var stacks: [String: StackConfig]
    /// The line of `defaultStack`, for errors about it.
    var defaultStackLine: Int?

    /// Creates a config from its parts.
    public init(path: String, defaultStack: String? = nil, stacks: [String: StackConfig] = [:]) {
        self.path = path
        self.defaultStack = defaultStack
        self.stacks = stacks
    }

    /// The stack to use: `name` (from `--stack`), else `defaultStack`, else none.
    ///
    /// Throws `ConfigError` naming the file (and the line of `defaultStack`) for a stack that does not exist.
    public func stack(named name: String?) throws(ConfigError) -> StackConfig? {
        guard let chosen = name ?? defaultStack else { return nil }
        if let stack = stacks[chosen] { return stack }
        let known = stacks.keys.sorted()
        let list = known.isEmpty ? "the file defines none" : "known: \(known.joined(separator: ", "))"
        if name == nil {
            throw ConfigError(
                file: path, line: defaultStackLine, message: "defaultStack: no stack named '\(chosen)' (\(list))")
        }
        throw ConfigError(file: path, message: "--stack: no stack named '\(chosen)' (\(list))")
    }
}
