/// Text attributes a role may carry on top of (or, on a monochrome terminal, instead of) colour.
public struct TextAttributes: OptionSet, Sendable, Hashable, CustomStringConvertible {
    /// The bits.
    public let rawValue: UInt8

    /// Creates attributes from their bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bold (or bright, on some terminals).
    public static let bold = TextAttributes(rawValue: 1 << 0)
    /// Dim (faint).
    public static let dim = TextAttributes(rawValue: 1 << 1)
    /// Underlined.
    public static let underline = TextAttributes(rawValue: 1 << 2)
    /// Reverse video: foreground and background swapped.
    public static let reverse = TextAttributes(rawValue: 1 << 3)

    /// Every attribute with its name in theme files, in a stable order.
    public static let named: [(name: String, attribute: TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("underline", .underline), ("reverse", .reverse)
    ]

    /// The attribute called `name` in theme files.
    public init?(name: String) {
        guard let match = Self.named.first(where: { $0.name == name.lowercased() }) else { return nil }
        self = match.attribute
    }

    /// The names, space-separated (`bold underline`), or `none`.
    public var description: String {
        let names = Self.named.filter { contains($0.attribute) }.map(\.name)
        return names.isEmpty ? "none" : names.joined(separator: " ")
    }
}
