import DashboardModel
import Foundation

/// What the dashboard's loop must do for the state: start a task, touch the screen, or call the
/// shell's region switcher. `DashboardRuntime` runs them; their answers come back as `AppEvent`s.
public enum AppEffect: Sendable, Equatable {
    /// Poll a source for the region switch `generation`.
    case poll(DataSource, generation: Int)
    /// Ask the Pricing API for prices (beside a cost poll); `request` orders the answers.
    case fetchPrices(request: Int, generation: Int)
    /// Count the metrics and target counts a poll buys (the polling-cost figure).
    case countMetrics(generation: Int)
    /// Apply a confirmed scaling plan (read the group again first, then call AWS once).
    case applyScaling(ScalingPlan)
    /// Put a confirmed pre-warm's scheduled actions (once each, audited).
    case createSchedule(SchedulePlan)
    /// Delete a confirmed scheduled action (audited); `limits` are the group's now, for the record.
    case deleteScheduledAction(group: String, region: String, action: ScheduledActionSummary, limits: ScalingLimits)
    /// Inject a fault into the simulation.
    case injectFault(FaultRequest)
    /// Switch the screen's theme.
    case setTheme(String)
    /// Build the collector and executor of other regions.
    case switchRegions([String])
    /// Tell the operator of a critical alert that just started, outside the cells.
    case notify(Alert)
    /// The terminal changed size: the next paint sends every cell.
    case repaintAll
    /// The first frame in which every source has answered was painted (for measuring start-up).
    case firstCompleteFrame
}
