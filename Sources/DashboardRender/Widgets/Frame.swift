/// A panel's border with its title on the top edge and a status (age, stale mark) on the right.
public enum Frame {
    /// Draws the border of `rect`, the `title` at the left of the top edge, `status` at its right and,
    /// between them, the longest of `note`'s forms that fits; returns the inner rectangle.
    @discardableResult
    public static func draw(
        into buffer: inout CellBuffer, _ rect: Rect, title: String, status: String = "",
        statusRole: StyleRole = .muted, note: FrameNote? = nil, focused: Bool, glyphs: GlyphSet
    ) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let border = CellStyle(focused ? .focus : .border)
        let box = focused ? glyphs.focusBox : glyphs.box
        let right = rect.x + rect.width - 1
        let bottom = rect.y + rect.height - 1
        for x in (rect.x + 1)..<right {
            buffer.set(x, rect.y, Cell(box.horizontal, style: border))
            buffer.set(x, bottom, Cell(box.horizontal, style: border))
        }
        for y in (rect.y + 1)..<bottom {
            buffer.set(rect.x, y, Cell(box.vertical, style: border))
            buffer.set(right, y, Cell(box.vertical, style: border))
        }
        buffer.set(rect.x, rect.y, Cell(box.topLeft, style: border))
        buffer.set(right, rect.y, Cell(box.topRight, style: border))
        buffer.set(rect.x, bottom, Cell(box.bottomLeft, style: border))
        buffer.set(right, bottom, Cell(box.bottomRight, style: border))
        let room = rect.width - 4
        if room > 0 {
            let titleText = " \(title) "
            let end = buffer.write(
                titleText, x: rect.x + 1, y: rect.y, style: CellStyle(focused ? .focus : .title, bold: true),
                limit: room + 2)
            let statusText = " \(status) "
            let statusWidth = CharacterWidth.of(statusText)
            var noteEnd = right
            if !status.isEmpty, end + statusWidth <= right {
                buffer.write(statusText, x: right - statusWidth, y: rect.y, style: CellStyle(statusRole))
                noteEnd = right - statusWidth
            }
            // One border cell on each side keeps the note apart from the title and the status.
            if let note, let text = note.forms.first(where: { end + 1 + CharacterWidth.of(" \($0) ") + 1 <= noteEnd }) {
                buffer.write(" \(text) ", x: end + 1, y: rect.y, style: CellStyle(note.role, bold: note.bold))
            }
        }
        return rect.inset(1)
    }
}

/// What a panel says on its top edge between its title and its status: forms from the longest to the shortest.
public struct FrameNote: Sendable, Equatable {
    /// The forms, longest first; the first that fits is drawn.
    public var forms: [String]
    /// Its role.
    public var role: StyleRole
    /// Whether it is bold.
    public var bold: Bool

    /// Creates a note.
    public init(forms: [String], role: StyleRole, bold: Bool = false) {
        self.forms = forms
        self.role = role
        self.bold = bold
    }
}
