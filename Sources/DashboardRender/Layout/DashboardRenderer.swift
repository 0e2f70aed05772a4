import DashboardModel

/// Draws the whole dashboard into a cell buffer: pure, so tests read the screen as text.
public enum DashboardRenderer {
    /// The screen for `state` at `width` × `height`.
    public static func render(_ state: DashboardState, context: RenderContext, width: Int, height: Int) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height)
        guard width >= PanelLayout.minimumWidth, height >= PanelLayout.minimumHeight else {
            buffer.write(
                "Flightdeck needs at least \(PanelLayout.minimumWidth)x\(PanelLayout.minimumHeight);", x: 0, y: 0,
                style: CellStyle(.warning))
            buffer.write("this terminal is \(width)x\(height).", x: 0, y: 1, style: CellStyle(.warning))
            return buffer
        }
        HeaderBar.draw(state, context: context, into: &buffer, y: 0)
        let zones = state.zones
        let zoneRows = ZoneStrip.rows(zones, width: width, height: height)
        ZoneStrip.draw(
            zones, state: state, context: context, into: &buffer, rect: Rect(x: 0, y: 1, width: width, height: zoneRows)
        )
        let area = Rect(x: 0, y: 1 + zoneRows, width: width, height: height - 2 - zoneRows)
        let wanted: [PanelID: Int] = [
            .autoScaling: AutoScalingPanel.wantedRows(state, context: context),
            .loadBalancers: LoadBalancerPanel.wantedRows(state, context: context),
            .cloudFront: CloudFrontPanel.wantedRows(state, context: context),
            .databases: DatabasePanel.wantedRows(state, context: context),
            .cost: CostPanel.wantedRows(state, context: context)
        ]
        let rects = PanelLayout.rects(in: area, zoomed: context.view.zoomed ? context.view.focus : nil, wanted: wanted)
        for panel in PanelID.allCases {
            guard let rect = rects[panel] else { continue }
            switch panel {
            case .autoScaling: AutoScalingPanel.draw(state, context: context, into: &buffer, rect: rect)
            case .loadBalancers: LoadBalancerPanel.draw(state, context: context, into: &buffer, rect: rect)
            case .cloudFront: CloudFrontPanel.draw(state, context: context, into: &buffer, rect: rect)
            case .databases: DatabasePanel.draw(state, context: context, into: &buffer, rect: rect)
            case .cost: CostPanel.draw(state, context: context, into: &buffer, rect: rect)
            case .events: EventsPanel.draw(state, context: context, into: &buffer, rect: rect)
            }
            StaleShade.apply(panel, state: state, context: context, into: &buffer, rect: rect)
        }
        OverlayView.draw(state, context: context, into: &buffer, area: area)
        BottomBar.draw(state, context: context, into: &buffer, y: height - 1)
        return buffer
    }
}
