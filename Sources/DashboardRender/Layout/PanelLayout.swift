import DashboardModel

/// Where each panel goes for a screen size: a compact stack for 80×24, columns for larger screens,
/// and the focused panel alone when zoomed.
public enum PanelLayout {
    /// The screen is too small to draw panels below this size; a notice is shown instead.
    public static let minimumWidth = 60
    /// The smallest height panels are drawn at.
    public static let minimumHeight = 16

    /// The rectangle of each panel within `area` (the screen less header and bottom bar).
    public static func rects(in area: Rect, zoomed: PanelID?) -> [PanelID: Rect] {
        if let zoomed { return [zoomed: area] }
        return area.width >= 110 ? wide(area) : compact(area)
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
            .events: Rect(x: area.x, y: rowY + small, width: area.width, height: events),
        ]
    }

    private static func wide(_ area: Rect) -> [PanelID: Rect] {
        let leftWidth = area.width * 60 / 100
        let rightWidth = area.width - leftWidth
        let events = max(5, area.height * 25 / 100)
        let upper = area.height - events
        let asg = upper * 55 / 100
        let cloudFront = max(6, upper * 30 / 100)
        let databases = max(6, upper * 30 / 100)
        let right = area.x + leftWidth
        return [
            .autoScaling: Rect(x: area.x, y: area.y, width: leftWidth, height: asg),
            .loadBalancers: Rect(x: area.x, y: area.y + asg, width: leftWidth, height: upper - asg),
            .cloudFront: Rect(x: right, y: area.y, width: rightWidth, height: cloudFront),
            .databases: Rect(x: right, y: area.y + cloudFront, width: rightWidth, height: databases),
            .cost: Rect(x: right, y: area.y + cloudFront + databases, width: rightWidth, height: upper - cloudFront - databases),
            .events: Rect(x: area.x, y: area.y + upper, width: area.width, height: events),
        ]
    }
}
