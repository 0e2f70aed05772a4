import DashboardModel
import DashboardRender
import Foundation

/// Everything the dashboard's loop decides with: the data, the operator's view, the header, and the
/// loop's bookkeeping (which region switch a poll belongs to, which price table is newest, which
/// alerts were notified). `update(_:)` is its one way to change, so every decision can be tested
/// without a screen; the runtime only carries events in and runs the effects out.
public struct AppState: Sendable {
    /// The data and its freshness.
    public internal(set) var dashboard: DashboardState
    /// Focus, selection, overlays and the keys' rules.
    public internal(set) var interaction: Interaction
    /// Who and where is watched.
    public internal(set) var header: HeaderInfo
    /// Whether the shell has an executor for the watched regions (never in read-only mode).
    public internal(set) var canScale: Bool
    /// Whether `:region` can switch live (the shell has a region switcher).
    public let canSwitchRegions: Bool
    /// Whether the demo's faults can be injected.
    public let canInjectFaults: Bool
    /// Counts region switches; answers to tasks started before the latest one are dropped.
    public internal(set) var generation = 0
    /// Whether the loop should go on.
    public internal(set) var running = true
    /// Whether something changed since the last paint.
    public internal(set) var needsPaint = true

    /// Each source's poll interval in seconds, for the fresh state a region switch starts.
    let intervals: [DataSource: Double]
    /// Counts price requests, and the newest whose table was applied: an older table never replaces a newer one.
    var pricesRequested = 0
    var pricesApplied = 0
    /// When due polls were last looked for.
    var lastTick = Date.distantPast
    /// The alerts as the last paint showed them (critical ones new since are notified).
    var alertsSeen: [Alert] = []
    /// Whether the first frame in which every source had answered was painted.
    var firstCompleteFramePainted = false

    /// Creates the state at `start`. Scaling is on only with an executor and outside read-only
    /// mode; `faults` fill the demo's menu when faults can be injected.
    public init(
        header: HeaderInfo, intervals: [DataSource: Double], thresholds: AlertThresholds, start: Date,
        canScale: Bool, canSwitchRegions: Bool, canInjectFaults: Bool, confirmInterrupt: Bool = true,
        faults: [FaultRequest] = []
    ) {
        self.header = header
        self.intervals = intervals
        self.canScale = canScale && !header.readOnly
        self.canSwitchRegions = canSwitchRegions
        self.canInjectFaults = canInjectFaults
        dashboard = DashboardState(start: start, intervals: intervals, thresholds: thresholds)
        let readOnly = !self.canScale
        interaction = Interaction(
            keyMap: .standard(readOnly: readOnly, confirmInterrupt: confirmInterrupt, demo: canInjectFaults),
            readOnly: readOnly, faults: canInjectFaults ? faults : [])
    }
}
