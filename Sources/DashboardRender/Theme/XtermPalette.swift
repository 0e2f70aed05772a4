/// The xterm colour palette: what the 256 indices look like, and the nearest index to a colour.
public enum XtermPalette {
    /// xterm's default look of the 16 ANSI colours (terminals differ; this is the usual reference).
    public static let ansi: [RGB] = [
        RGB(0x00, 0x00, 0x00), RGB(0xCD, 0x00, 0x00), RGB(0x00, 0xCD, 0x00), RGB(0xCD, 0xCD, 0x00),
        RGB(0x00, 0x00, 0xEE), RGB(0xCD, 0x00, 0xCD), RGB(0x00, 0xCD, 0xCD), RGB(0xE5, 0xE5, 0xE5),
        RGB(0x7F, 0x7F, 0x7F), RGB(0xFF, 0x00, 0x00), RGB(0x00, 0xFF, 0x00), RGB(0xFF, 0xFF, 0x00),
        RGB(0x5C, 0x5C, 0xFF), RGB(0xFF, 0x00, 0xFF), RGB(0x00, 0xFF, 0xFF), RGB(0xFF, 0xFF, 0xFF)
    ]

    /// The six channel levels of the 6×6×6 colour cube (indices 16–231).
    static let cubeLevels: [Int] = [0x00, 0x5F, 0x87, 0xAF, 0xD7, 0xFF]

    /// The colour of index `index`: the 16 ANSI colours, the cube, then 24 greys from 8 to 238.
    public static func rgb(ofIndex index: UInt8) -> RGB {
        let value = Int(index)
        if value < 16 { return ansi[value] }
        if value >= 232 {
            let grey = UInt8(8 + 10 * (value - 232))
            return RGB(grey, grey, grey)
        }
        let cube = value - 16
        return RGB(UInt8(cubeLevels[cube / 36]), UInt8(cubeLevels[(cube / 6) % 6]), UInt8(cubeLevels[cube % 6]))
    }

    /// The nearest index among 16–255 (the cube and the greys, whose look terminals agree on).
    ///
    /// The same choice tmux makes: the nearest cube colour, unless the nearest grey is closer.
    public static func nearestIndex(to color: RGB) -> UInt8 {
        func cubeStep(_ channel: UInt8) -> Int {
            let value = Int(channel)
            return value < 48 ? 0 : value < 114 ? 1 : (value - 35) / 40
        }
        let steps = (cubeStep(color.red), cubeStep(color.green), cubeStep(color.blue))
        let cubeIndex = 16 + 36 * steps.0 + 6 * steps.1 + steps.2
        let cube = RGB(UInt8(cubeLevels[steps.0]), UInt8(cubeLevels[steps.1]), UInt8(cubeLevels[steps.2]))
        if cube == color { return UInt8(cubeIndex) }
        let average = (Int(color.red) + Int(color.green) + Int(color.blue)) / 3
        let greyStep = average > 238 ? 23 : max(0, (average - 3) / 10)
        let greyLevel = UInt8(8 + 10 * greyStep)
        let grey = RGB(greyLevel, greyLevel, greyLevel)
        return grey.distanceSquared(to: color) < cube.distanceSquared(to: color)
            ? UInt8(232 + greyStep) : UInt8(cubeIndex)
    }

    /// The nearest of the 16 ANSI colours (by xterm's default look), or of the first 8 when `basicOnly`.
    public static func nearestANSI(to color: RGB, basicOnly: Bool = false) -> ANSIColor {
        let candidates = basicOnly ? ANSIColor.allCases.filter { !$0.isBright } : ANSIColor.allCases
        var best = ANSIColor.black
        var bestDistance = Int.max
        for candidate in candidates {
            let distance = ansi[candidate.rawValue].distanceSquared(to: color)
            if distance < bestDistance {
                best = candidate
                bestDistance = distance
            }
        }
        return best
    }
}
