/// A colour as a theme names it: the terminal's own default, one of the 16 ANSI colours, an xterm
/// 256-colour index, or an exact RGB value.
public enum ThemeColor: Sendable, Hashable, CustomStringConvertible {
    /// The terminal's default foreground or background.
    case terminalDefault
    /// One of the 16 ANSI colours, whose exact look the terminal's palette decides.
    case ansi(ANSIColor)
    /// An xterm 256-colour index.
    case indexed(UInt8)
    /// An exact colour, drawn as such only on a truecolor terminal.
    case rgb(RGB)

    /// Parses `default`, an ANSI name (`red`, `bright-red`), an index `0`–`255`, or `#rrggbb`.
    public init?(parsing text: String) {
        let value = text.trimmingCharacters(in: .whitespaces).lowercased()
        if value == "default" {
            self = .terminalDefault
        } else if let ansi = ANSIColor(name: value) {
            self = .ansi(ansi)
        } else if let index = UInt8(value), value.allSatisfy(\.isASCII) {
            self = .indexed(index)
        } else if let rgb = RGB(hex: value) {
            self = .rgb(rgb)
        } else {
            return nil
        }
    }

    /// The text a theme file would use for this colour.
    public var description: String {
        switch self {
        case .terminalDefault: "default"
        case let .ansi(color): color.name
        case let .indexed(index): String(index)
        case let .rgb(rgb): rgb.description
        }
    }
}

/// The 16 ANSI colours by their number (0–7 normal, 8–15 bright).
public enum ANSIColor: Int, Sendable, Hashable, CaseIterable {
    /// Colour 0.
    case black
    /// Colour 1.
    case red
    /// Colour 2.
    case green
    /// Colour 3.
    case yellow
    /// Colour 4.
    case blue
    /// Colour 5.
    case magenta
    /// Colour 6.
    case cyan
    /// Colour 7.
    case white
    /// Colour 8 (often shown as grey).
    case brightBlack
    /// Colour 9.
    case brightRed
    /// Colour 10.
    case brightGreen
    /// Colour 11.
    case brightYellow
    /// Colour 12.
    case brightBlue
    /// Colour 13.
    case brightMagenta
    /// Colour 14.
    case brightCyan
    /// Colour 15.
    case brightWhite

    /// The name used in theme files: `red`, `bright-red`.
    public var name: String {
        let base = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"][rawValue % 8]
        return rawValue < 8 ? base : "bright-\(base)"
    }

    /// The colour called `name` in theme files (`bright-red`; `brightred` and `bright_red` too).
    public init?(name: String) {
        let folded = name.lowercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "")
        guard let match = ANSIColor.allCases.first(where: { $0.name.replacingOccurrences(of: "-", with: "") == folded })
        else {
            return nil
        }
        self = match
    }

    /// Whether it is one of the bright colours 8–15.
    public var isBright: Bool { rawValue >= 8 }

    /// The normal colour (0–7) under a bright one; itself for a normal one.
    public var normal: ANSIColor { ANSIColor(rawValue: rawValue % 8) ?? self }
}

/// An exact colour, 8 bits per channel.
public struct RGB: Sendable, Hashable, CustomStringConvertible {
    /// Red.
    public var red: UInt8
    /// Green.
    public var green: UInt8
    /// Blue.
    public var blue: UInt8

    /// Creates a colour from its channels.
    public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Parses `#rrggbb` (case-insensitive).
    public init?(hex: String) {
        guard hex.count == 7, hex.first == "#", hex.dropFirst().allSatisfy(\.isHexDigit),
            let value = UInt32(hex.dropFirst(), radix: 16)
        else { return nil }
        self.init(UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
    }

    /// The squared distance to `other` in RGB space.
    public func distanceSquared(to other: RGB) -> Int {
        let dr = Int(red) - Int(other.red)
        let dg = Int(green) - Int(other.green)
        let db = Int(blue) - Int(other.blue)
        return dr * dr + dg * dg + db * db
    }

    /// `#rrggbb`, lower case.
    public var description: String {
        let digits = (Int(red) << 16) | (Int(green) << 8) | Int(blue)
        let hex = String(digits, radix: 16)
        return "#" + String(repeating: "0", count: 6 - hex.count) + hex
    }
}
