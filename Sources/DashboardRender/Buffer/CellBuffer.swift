/// A grid of cells that the dashboard draws into; tests read it as text, the terminal paints it.
///
/// Drawing clips to the buffer (and to an optional clip rectangle), so widgets never write outside
/// their area whatever they are given.
public struct CellBuffer: Sendable, Equatable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// The cells, row by row.
    public private(set) var cells: [Cell]

    /// Creates a blank buffer of `width` × `height` (negative sizes count as zero).
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The cell at column `x`, row `y`; blank outside the buffer.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Sets one cell, ignoring positions outside the buffer.
    public mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        cells[y * width + x] = cell
    }

    /// Writes `text` from (`x`, `y`) in `style`, stopping at `limit` columns (or the buffer's edge);
    /// returns the column after the last one written. A wide character that would not fit is dropped.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: CellStyle = .normal, limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let end = min(width, limit.map { x + max(0, $0) } ?? width)
        var column = x
        for character in text {
            let columns = CharacterWidth.of(character)
            if columns == 0 { continue }
            if column + columns > end { break }
            if column >= 0 {
                set(column, y, Cell(character, style: style))
                if columns == 2 { set(column + 1, y, Cell(nil, style: style)) }
            }
            column += columns
        }
        return column
    }

    /// Fills the rectangle with `character` in `style`.
    public mutating func fill(_ rect: Rect, _ character: Character = " ", style: CellStyle = .normal) {
        for y in rect.y..<(rect.y + rect.height) {
            for x in rect.x..<(rect.x + rect.width) { set(x, y, Cell(character, style: style)) }
        }
    }

    /// Row `y` as text, trailing spaces removed.
    public func line(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var text = ""
        for x in 0..<width {
            if let character = cells[y * width + x].character { text.append(character) }
        }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// The whole buffer as text, one line per row, trailing spaces removed: what tests compare.
    public var text: String {
        (0..<height).map(line).joined(separator: "\n")
    }
}

/// A rectangle of cells.
public struct Rect: Sendable, Hashable, CustomStringConvertible {
    /// The left column.
    public var x: Int
    /// The top row.
    public var y: Int
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int

    /// Creates a rectangle; negative sizes count as zero.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The rectangle shrunk by `by` cells on every side.
    public func inset(_ by: Int) -> Rect {
        Rect(x: x + by, y: y + by, width: width - 2 * by, height: height - 2 * by)
    }

    /// Whether it has no cells.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// `WxH+X+Y`.
    public var description: String { "\(width)x\(height)+\(x)+\(y)" }
}
