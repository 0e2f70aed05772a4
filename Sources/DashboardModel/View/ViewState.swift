/// What the operator is looking at: focus, selection, zoom, filter and any overlay.
///
/// It is separate from the data so that drawing reads both and changes neither.
public struct ViewState: Sendable, Equatable {
    /// The focused panel (Auto Scaling at start).
    public var focus: PanelID = .autoScaling
    /// The selected row of each panel.
    public var selection: [PanelID: Int] = [:]
    /// Whether the focused panel fills the screen.
    public var zoomed = false
    /// A case-insensitive filter on resource names; empty shows everything.
    public var filter = ""
    /// What is drawn over the panels, if anything.
    public var overlay: Overlay = .none

    /// Creates the start view.
    public init() {}

    /// The selected row of `panel` (0 when none was chosen).
    public func selected(_ panel: PanelID) -> Int { selection[panel] ?? 0 }

    /// Whether `name` passes the filter.
    public func matches(_ name: String) -> Bool {
        filter.isEmpty || name.lowercased().contains(filter.lowercased())
    }
}

/// What can cover the panels.
public enum Overlay: Sendable, Equatable {
    /// Nothing.
    case none
    /// The key help, built from the live key map.
    case help
    /// The error log.
    case errorLog
    /// Every alert that holds, with when it started.
    case alerts
    /// A prompt for a new limit of a group, showing its value now; `text` is what is typed.
    case limitPrompt(group: String, field: ScalingField, current: Int, text: String)
    /// The name filter being typed (it starts empty; Enter with nothing typed clears the filter).
    case filter(text: String)
    /// The `:` command line.
    case commandLine(String)
    /// The confirmation of a scaling plan, offered again when `reoffered` (the group moved); `typed` is
    /// what the operator has typed when the plan asks for the group's name.
    case confirmScaling(ScalingPlan, reoffered: Bool, typed: String)
    /// The confirmation of a pre-warm's scheduled actions (`plan.isApplicable`); `typed` is what the
    /// operator has typed when the plan asks for the group's name.
    case confirmSchedule(SchedulePlan, typed: String)
    /// The menu of a group's scheduled actions: an item's key (`menuKeys`) offers its deletion.
    case scheduledActionMenu(group: String, region: String, actions: [ScheduledActionSummary])
    /// The confirmation of deleting one scheduled action of a group.
    case confirmDeletion(group: String, region: String, action: ScheduledActionSummary)
    /// Asks whether to quit (after Ctrl-C): y or Enter quits, anything else stays.
    case quitConfirm
    /// A message that stays until a key is pressed (e.g. a scaling result).
    case notice(Notice)
    /// The demo's fault menu: each item's key (`menuKeys`) injects it, any other key closes it.
    case faultMenu([FaultRequest])

    /// The keys of a menu's items, in order: the digits, then letters, so a tenth item has a key too.
    public static let menuKeys = Array("123456789abcdefghijklmnopqrstuvwxyz")
}
