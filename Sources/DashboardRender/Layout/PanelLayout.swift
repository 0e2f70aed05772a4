import DashboardModel

/// Where each panel goes for a screen size: a compact stack for 80×24, columns for larger screens,
/// and the focused panel alone when zoomed.
///
/// On larger screens the panels above the timeline take the rows their content wants (`wanted`,
/// frame included), at least half the screen, and the timeline takes the rest, so a shop with one
/// group does not leave half the screen blank; when the content wants more than fits, the rows are
/// shared out, small panels first, and the timeline keeps a fifth of the screen.
public enum PanelLayout {
    /// The screen is too small to draw panels below this size; a notice is shown instead.
    public static let minimumWidth = 60
    /// The smallest height panels are drawn at.
    public static let minimumHeight = 16

    /// The rectangle of each panel within `area` (the screen less header and bottom bar).
    public static func rects(in area: Rect, zoomed: PanelID?, wanted: [PanelID: Int] = [:]) -> [PanelID: Rect] {
        if let zoomed { return [zoomed: area] }
        return area.width >= 110 ? wide(area, wanted: wanted) : compact(area)
    }

    private static func compact(_ area: Rect) -> [PanelID: Rect] {
        let small = 5
        let asg = max(4, area.height * 30 / 100)
        let lb = max(4, area.height * 25 / 100)
        let events = max(3, area.height - asg - lb - small)
        let rowY = area.y + asg + lb
        let third = area.width / 3
        return [
            .autoScaling: Rect(x: area.x, y: area.y, width: area.width, height: asg),
            .loadBalancers: Rect(x: area.x, y: area.y + asg, width: area.width, height: lb),
            .cloudFront: Rect(x: area.x, y: rowY, width: third, height: small),
            .databases: Rect(x: area.x + third, y: rowY, width: third, height: small),
            .cost: Rect(x: area.x + 2 * third, y: rowY, width: area.width - 2 * third, height: small),
            .events: Rect(x: area.x, y: rowY + small, width: area.width, height: events)
        ]
    }

    private static func wide(_ area: Rect, wanted: [PanelID: Int]) -> [PanelID: Rect] {
        let leftWidth = area.width * 60 / 100
        let rightWidth = area.width - leftWidth
        let left: [PanelID] = [.autoScaling, .loadBalancers]
        let right: [PanelID] = [.cloudFront, .databases, .cost]
        // Rows a panel asks for: what its content wants, never less than a frame with two lines in it.
        func asked(_ panel: PanelID) -> Int { max(minimumPanel, wanted[panel] ?? 0) }
        let needed = max(left.map(asked).reduce(0, +), right.map(asked).reduce(0, +))
        let leastEvents = max(5, area.height / 5)
        // Half the screen at least, so the panels keep their places while data arrives and grows.
        let upper = max(
            min(max(needed, area.height / 2), area.height - leastEvents),
            min(area.height - 3, right.count * minimumPanel))
        var rects: [PanelID: Rect] = [:]
        for (column, x, width) in [(left, area.x, leftWidth), (right, area.x + leftWidth, rightWidth)] {
            var y = area.y
            for (panel, height) in zip(column, share(upper, among: column.map(asked))) {
                rects[panel] = Rect(x: x, y: y, width: width, height: height)
                y += height
            }
        }
        rects[.events] = Rect(x: area.x, y: area.y + upper, width: area.width, height: area.height - upper)
        return rects
    }

    /// The smallest panel: its frame and two lines.
    static let minimumPanel = 4

    /// `total` rows shared among panels asking for `asks`, in order: each gets what it asks when all
    /// fit (the last takes what is left over); otherwise the smaller asks are met first and the
    /// larger ones split the rest evenly.
    public static func share(_ total: Int, among asks: [Int]) -> [Int] {
        guard !asks.isEmpty else { return [] }
        var rows = asks
        if asks.reduce(0, +) <= total {
            rows[rows.count - 1] += total - asks.reduce(0, +)
            return rows
        }
        var open = Array(asks.indices)
        var remaining = total
        while !open.isEmpty {
            let fair = remaining / open.count
            let met = open.filter { asks[$0] <= fair }
            if met.isEmpty {
                for (position, index) in open.enumerated() {
                    rows[index] = fair + (position < remaining % open.count ? 1 : 0)
                }
                break
            }
            for index in met {
                rows[index] = asks[index]
                remaining -= asks[index]
            }
            open.removeAll(where: met.contains)
        }
        return rows
    }
}
