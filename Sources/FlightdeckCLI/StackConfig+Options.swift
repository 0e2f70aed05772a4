import DashboardModel
import DashboardRender
import FlightdeckConfig

extension AWSOptions {
    /// Fills what the flags left unset from `stack`: profile, regions, endpoint.
    mutating func apply(_ stack: StackConfig?) {
        guard let stack else { return }
        if profile == nil { profile = stack.profile }
        if regions.isEmpty { regions = stack.regions }
        if endpointURL == nil { endpointURL = stack.endpointURL }
    }
}

extension SelectionOptions {
    /// Fills each kind of resource the flags left unset from `stack`'s selection.
    mutating func apply(_ stack: StackConfig?) {
        guard let selection = stack?.selection else { return }
        if groups.isEmpty { groups = selection.groups }
        if loadBalancers.isEmpty { loadBalancers = selection.loadBalancers }
        if distributions.isEmpty { distributions = selection.distributions }
        if databases.isEmpty { databases = selection.databases }
        if tags.isEmpty { tags = selection.tags.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } }
        if maxResources == nil { maxResources = selection.maxResources }
    }
}

extension DisplayOptions {
    /// Fills the theme and notification from `stack`; a read-only stack stays read-only whatever the
    /// flags say. The stack's intervals reach the dashboard through `DashboardSettings` only.
    mutating func apply(_ stack: StackConfig?) {
        guard let stack else { return }
        if theme == nil { theme = stack.theme }
        if notify == nil { notify = stack.notify }
        readOnly = readOnly || stack.readOnly
    }
}

extension StackConfig {
    /// The role the header bar is drawn with, or nil for the theme's `header` role.
    var headerRole: StyleRole? {
        color.flatMap { StyleRole(rawValue: $0.roleName) }
    }
}

/// What the dashboard takes from the stack beyond the options: intervals, thresholds, header.
struct DashboardSettings {
    /// The stack's name, for the header.
    var stackName: String?
    /// The header's colour role.
    var headerRole: StyleRole?
    /// Poll intervals by source.
    var intervals: [DataSource: Double]
    /// Alert thresholds.
    var thresholds: AlertThresholds

    /// The defaults, with `stack`'s intervals and thresholds on top, and `--refresh` over both.
    init(stack: StackConfig?, refresh: Double?) {
        var intervals = DataSource.defaultIntervals
        intervals.merge(stack?.refresh ?? [:]) { _, new in new }
        if let refresh { intervals[.autoScaling] = refresh }
        self.intervals = intervals
        thresholds = stack?.alerts ?? AlertThresholds()
        stackName = stack?.name
        headerRole = stack?.headerRole
    }
}
