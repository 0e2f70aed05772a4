import Collectors
import DashboardModel
import Foundation

/// Everything that reaches the dashboard's loop: the terminal, the clock, and the answers of the
/// tasks the loop started. `AppState.update(_:)` takes each one.
public enum AppEvent: Sendable, Equatable {
    /// The loop started.
    case started
    /// The loop's clock read `Date`; due polls start when a second has passed since the last tick.
    case tick(Date)
    /// The operator pressed a key.
    case key(KeyPress, at: Date)
    /// The terminal changed size.
    case resized
    /// The terminal is gone.
    case hangup
    /// The frame for the state was painted.
    case painted
    /// A poll started for the region switch `generation` answered.
    case polled(DataSource, PollResult, Date, generation: Int)
    /// How many metrics a CloudWatch poll fetches, and how many target counts it buys a minute.
    case metricsCounted(Int, targetCounts: Int, generation: Int)
    /// The Pricing API's table for the price request `request` arrived.
    case priced(PriceTable, Date, request: Int, generation: Int)
    /// The collector noticed something worth a timeline line (a discovery cap reached, say).
    case warnings([CollectorWarning], Date, generation: Int)
    /// The credential chain said what it last resolved and how long it can renew it.
    case credentials(CredentialStatus, Date)
    /// The account and its alias, asked beside the first polls.
    case identified(account: String?, alias: String?)
    /// A confirmed scaling change ended.
    case scaled(ScalingPlan, ScalingOutcome, Date)
    /// A confirmed schedule or deletion ended.
    case scheduled(group: String, ScheduleOutcome, Date)
    /// The simulation took a fault (the demo only).
    case faulted(FaultRequest, FaultInjection, Date)
    /// The screen could not load a theme, in the loader's words.
    case themeRefused(String)
    /// The shell now watches `regions`, with scaling on or off there.
    case regionsSwitched([String], canScale: Bool, Date)
    /// The shell could not watch `regions`; nothing changed.
    case regionsRefused([String], reason: String)
    /// The shell has nothing to run `effect` with (no executor, region switcher or fault injector).
    case unavailable(AppEffect)
}
