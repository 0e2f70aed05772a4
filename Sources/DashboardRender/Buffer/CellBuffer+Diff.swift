/// A run of changed cells on one row, all in one style: what the terminal back end paints.
public struct CellRun: Sendable, Equatable {
    /// The first column.
    public var x: Int
    /// The row.
    public var y: Int
    /// The characters (wide characters once, their continuation cells omitted).
    public var text: String
    /// The style shared by the run.
    public var style: CellStyle

    /// Creates a run.
    public init(x: Int, y: Int, text: String, style: CellStyle) {
        self.x = x
        self.y = y
        self.text = text
        self.style = style
    }
}

extension CellBuffer {
    /// The runs that turn `previous` into this buffer; everything when the sizes differ.
    ///
    /// Only changed cells are included, so a steady dashboard sends the terminal only what moved.
    /// A wide character and its continuation cell change together.
    public func changes(since previous: CellBuffer?) -> [CellRun] {
        let old = previous.flatMap { $0.width == width && $0.height == height ? $0.cells : nil }
        func changed(_ index: Int) -> Bool {
            guard let old else { return true }
            if old[index] != cells[index] { return true }
            let next = index + 1
            return next % width != 0 && cells[next].character == nil && old[next] != cells[next]
        }
        var runs: [CellRun] = []
        for y in 0..<height {
            var x = 0
            while x < width {
                let start = y * width + x
                guard let first = cells[start].character, changed(start) else {
                    x += 1
                    continue
                }
                var run = CellRun(x: x, y: y, text: String(first), style: cells[start].style)
                x += 1
                while x < width {
                    let index = y * width + x
                    guard let character = cells[index].character else {
                        x += 1
                        continue
                    }
                    guard cells[index].style == run.style, changed(index) else { break }
                    run.text.append(character)
                    x += 1
                }
                runs.append(run)
            }
        }
        return runs
    }
}
