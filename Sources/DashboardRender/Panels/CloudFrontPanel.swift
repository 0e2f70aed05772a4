import DashboardModel

/// CloudFront: hit ratio as a gauge and sparkline, requests and error rates, or why the ratio is unknown.
enum CloudFrontPanel {
    /// Rows the panel wants, frame included: three lines per distribution shown.
    static func wantedRows(_ state: DashboardState, context: RenderContext) -> Int {
        2 + max(1, context.view.rowCount(.cloudFront, in: state) * 3)
    }

    /// The series of a distribution's cache hit rate.
    private static func hitRate(_ distribution: DistributionStatus) -> SeriesKey {
        SeriesKey(MetricName.distributionHitRate, distribution.id)
    }

    /// Draws the panel into `rect`.
    static func draw(_ state: DashboardState, context: RenderContext, into buffer: inout CellBuffer, rect: Rect) {
        let inner = PanelFrame.draw(.cloudFront, state: state, context: context, into: &buffer, rect: rect)
        guard !inner.isEmpty else { return }
        let distributions = context.view.shownDistributions(state)
        guard !distributions.isEmpty else {
            PanelFrame.nothing(
                "distribution", in: "this account", loaded: state.distributions.value != nil,
                waitingFor: "ListDistributions",
                view: context.view, into: &buffer, inner: inner)
            return
        }
        let selected = context.view.selectedRow(.cloudFront, of: distributions.count)
        let limit = inner.x + inner.width
        let perItem = inner.height >= distributions.count * 3 ? 3 : (inner.height >= distributions.count * 2 ? 2 : 1)
        var y = inner.y
        for (index, distribution) in distributions.enumerated()
        where y + perItem <= inner.y + inner.height || index == selected && y < inner.y + inner.height {
            let label = distribution.aliases.first ?? distribution.id
            var x = buffer.write(
                Text.fit(label, max(6, inner.width / 3), ascii: context.ascii), x: inner.x, y: y,
                style: CellStyle(
                    index == selected && context.view.focus == .cloudFront ? .selection : .accent, bold: true),
                limit: inner.width)
            x = buffer.write(" hit ", x: x, y: y, style: CellStyle(.muted), limit: limit - x)
            if let ratio = distribution.hitRatio.fraction {
                let role: StyleRole = ratio < state.thresholds.hitRatioFloor ? .critical : .ok
                x = buffer.write(Text.percent(ratio), x: x, y: y, style: CellStyle(role, bold: true), limit: limit - x)
                let gaugeWidth = min(20, limit - x - 1)
                if gaugeWidth > 3 {
                    Gauge.draw(
                        ratio, into: &buffer, x: x + 1, y: y, width: gaugeWidth,
                        direction: hitRate(distribution).direction,
                        limit: state.thresholds.hitRatioFloor, glyphs: context.glyphs)
                }
            } else {
                buffer.write("unavailable", x: x, y: y, style: CellStyle(.warning), limit: limit - x)
            }
            if perItem >= 2 {
                // Words go before numbers: the 4xx rate first, then the requests' label.
                let requests = distribution.requests.map(Text.count)
                let rate5xx = distribution.errorRate5xx.map { "5xx \(Text.percent($0))" }
                let rate4xx = distribution.errorRate4xx.map { "4xx \(Text.percent($0))" }
                let variants = [
                    [requests.map { "req/min \($0)" }, rate5xx, rate4xx], [requests.map { "req/min \($0)" }, rate5xx],
                    [requests.map { "\($0)/min" }, rate5xx], [rate5xx]
                ].map { $0.compactMap { $0 }.joined(separator: "  ") }
                var line = Text.firstFitting(variants.filter { !$0.isEmpty }, inner.width - 2, ascii: context.ascii)
                if case let .unavailable(gap) = distribution.hitRatio {
                    line = Text.fitWords(HitRatioText.reason(gap), inner.width - 2, ascii: context.ascii)
                }
                let role: StyleRole =
                    (distribution.errorRate5xx ?? 0) > state.thresholds.errorRate5xxCeiling ? .critical : .muted
                buffer.write(
                    line.isEmpty ? "no metrics yet" : line, x: inner.x + 2, y: y + 1,
                    style: CellStyle(role), limit: inner.width - 2)
            }
            if perItem >= 3 {
                let gx = buffer.write("  hit ", x: inner.x, y: y + 2, style: CellStyle(.muted), limit: inner.width)
                // The series is in percent; the alert floor is a fraction.
                let rates = state.history.values(hitRate(distribution))
                Sparkline.draw(
                    rates, into: &buffer, x: gx, y: y + 2, width: max(0, limit - gx - 1), glyphs: context.glyphs,
                    direction: hitRate(distribution).direction, limit: state.thresholds.hitRatioFloor * 100,
                    floor: max(0, (rates.min() ?? 0) - 2))
            }
            y += perItem
        }
    }
}
